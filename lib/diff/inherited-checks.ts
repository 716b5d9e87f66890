/**
 * Validity of the CHECK copies of partitions and inheriting children. A CHECK added NOT VALID to a
 * parent reaches the children that exist then NOT VALID, while a child created afterwards (CREATE
 * TABLE … PARTITION OF / INHERITS) gets a valid copy, and `ALTER TABLE child VALIDATE CONSTRAINT`
 * validates one copy (and its own children's). So a child whose copy is valid in the target, under a
 * parent whose CHECK is NOT VALID, is validated on its own when the migration leaves its copy NOT
 * VALID: the parent's CHECK is (re-)added NOT VALID, or the copy was NOT VALID and stays so.
 */
import type { Constraint, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { parentKeys } from '../catalog/statements/inheritance.js';
import { sameParents } from './partitions.js';
import { tableKey } from '../catalog/query/resolve.js';

/** The tables above `t` in the target (parents, their parents, …). */
function ancestors(ctx: DiffContext, t: Table, out = new Set<string>()): Set<string> {
  for (const p of parentKeys(t)) {
    const parent = ctx.to.tables.get(p);
    if (!parent || out.has(p)) continue;
    out.add(p);
    ancestors(ctx, parent, out);
  }
  return out;
}

export function validateInheritedChecks(ctx: DiffContext): void {
  const created = new Set(ctx.changes.flatMap((c) => (c.kind === 'create_table' ? [tableKey(c.table)] : [])));
  /** The last change to constraint `name` of one of `tables`: its (re-)addition or its validation. */
  const onAncestor = (tables: Set<string>, name: string): Change | undefined => {
    let last: Change | undefined;
    for (const c of ctx.changes) {
      if ((c.kind === 'add_constraint' || c.kind === 'validate_constraint') && c.constraint.name === name && tables.has(tableKey(c.table))) last = c;
    }
    return last;
  };
  const wanted: { table: Table; constraint: Constraint; up: Set<string> }[] = [];
  for (const [k, tb] of ctx.to.tables) {
    const ta = ctx.from.tables.get(k);
    // a new partition is created with its CHECKs (valid) and attached; a table attached by the migration keeps
    // its own; a new INHERITS child exists when its parent's new CHECK is added, which reaches it NOT VALID
    const newChild = !ta && !!tb.inherits?.length;
    if (!newChild && (!ta || created.has(k) || !sameParents(ta, tb))) continue;
    let up: Set<string> | undefined;
    for (const cb of tb.constraints.values()) {
      if (cb.kind !== 'check' || !cb.inherited || cb.notValid) continue;
      up ??= ancestors(ctx, tb);
      const last = onAncestor(up, cb.name);
      const ca: Constraint | undefined = ta?.constraints.get(cb.name);
      const notValidAfter = last ? last.kind === 'add_constraint' && !!last.constraint.notValid : !!ca?.notValid;
      if (notValidAfter && (last || ca)) wanted.push({ table: tb, constraint: cb, up });
    }
  }
  // VALIDATE reaches the table's own children: a child of a validated table needs no statement of its own
  const validated = new Set(wanted.map((w) => `${tableKey(w.table)} ${w.constraint.name}`));
  for (const w of wanted) {
    if ([...w.up].some((a) => validated.has(`${a} ${w.constraint.name}`))) continue;
    ctx.changes.push({ kind: 'validate_constraint', table: w.table, constraint: w.constraint });
  }
}
