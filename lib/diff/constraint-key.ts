/** The comparison key of a constraint: its definition without name, comment, origin and validation state. */
import type { Constraint } from '../catalog/model/catalog.js';

/** Everything that defines a constraint, except its name, comment and validation state. */
export function constraintKey(c: Constraint): string {
  const { name: _n, comment: _c, origin: _o, notValid: _v, inherited: _i, ...def } = c as Constraint & { origin?: unknown };
  const flat: Record<string, unknown> = def.kind === 'check' || def.kind === 'exclude' ? { ...def, expr: def.expr.key } : { ...def };
  // attributes set later (ALTER CONSTRAINT) must not make the key depend on property order
  return JSON.stringify(Object.fromEntries(Object.entries(flat).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
