/**
 * A PRIMARY KEY or UNIQUE constraint replaced under the same name (another key, INCLUDE list or
 * index options). The safe recipe builds the new index CONCURRENTLY under the constraint's name,
 * which the old index still holds, so the plan used to drop the old key first: the table then had
 * no unique index for the whole concurrent build, and duplicates written meanwhile made the build
 * fail. Instead the new index is built under a free temporary name while the old key still
 * enforces uniqueness, and the old key is dropped in the same transaction as `ADD CONSTRAINT …
 * USING INDEX`, which renames the index to the constraint's name (PostgreSQL 15, a NOTICE).
 */
import type { Catalog } from '../catalog/model/catalog.js';
import { chooseName, relationNameTaken } from '../catalog/query/names.js';
import type { PlannedChange } from './planned.js';

/** Changes between the old key's drop and the new key's build that need the old key gone: they keep the drop where it is. */
const NEEDS_KEY_GONE = new Set(['drop_column', 'drop_not_null', 'alter_column_type', 'rename', 'drop_index', 'create_index', 'drop_table', 'add_constraint']);

/** The table (`schema.name`) a change of NEEDS_KEY_GONE works on: its table, an index's table, a renamed column's or constraint's table. */
function tableOf(c: PlannedChange['change']): string | undefined {
  if (c.kind === 'create_index' || c.kind === 'drop_index') return `${c.index.schema}.${c.index.table}`;
  if (c.kind === 'rename') return 'table' in c.target ? `${c.target.schema}.${c.target.table}` : `${c.target.schema}.${c.target.name}`;
  return 'table' in c && c.table && typeof c.table === 'object' && 'schema' in c.table ? `${c.table.schema}.${c.table.name}` : undefined;
}

export function swapKeysInPlace<S extends PlannedChange & { stage: string }>(steps: S[], from: Catalog, to: Catalog | undefined): void {
  for (let add = 0; add < steps.length; add++) {
    const a = steps[add]!.change;
    if (a.kind !== 'add_constraint' || !a.usingIndex || (a.constraint.kind !== 'primary' && a.constraint.kind !== 'unique')) continue;
    const build = steps[add - 1];
    const b = build?.change;
    if (b?.kind !== 'create_index' || !b.concurrently || b.index.name !== a.usingIndex || b.index.name !== a.constraint.name) continue;
    const table = `${a.table.schema}.${a.table.name}`;
    const drop = steps.findIndex(
      (s, i) => i < add - 1 && s.change.kind === 'drop_constraint' && `${s.change.table.schema}.${s.change.table.name}` === table && s.change.constraint.name === a.constraint.name,
    );
    if (drop < 0) continue;
    const between = steps.slice(drop + 1, add - 1);
    if (between.some((s) => NEEDS_KEY_GONE.has(s.change.kind) && tableOf(s.change) === table)) continue;
    const temporary = chooseName(a.constraint.name, undefined, 'new', (n) => relationNameTaken(from, a.table.schema, n) || (!!to && relationNameTaken(to, a.table.schema, n)));
    build!.change = { ...b, index: { ...b.index, name: temporary } };
    build!.hazards = build!.hazards.map((h) => (h.kind === 'builds-index' ? { ...h, message: h.message.replace(`index ${b.index.name} `, `index ${temporary} `) } : h));
    steps[add]!.change = { ...a, usingIndex: temporary };
    // the foreign keys that depend on the old key's index go with it, so they too are missing only for that transaction
    const old = steps[drop]!.change;
    const oldColumns = old.kind === 'drop_constraint' && 'columns' in old.constraint ? old.constraint.columns : [];
    const moved = steps.flatMap((s, i) => (i === drop || (i < add - 1 && referencesKey(s.change, a.table.schema, a.table.name, oldColumns)) ? [i] : []));
    const stage = steps[add]!.stage; // the key may wait for a late NOT NULL (safe.ts): the drops wait with it
    const dropSteps = moved.map((i) => steps[i]!);
    for (const i of [...moved].reverse()) steps.splice(i, 1);
    const at = add - moved.length; // every moved step stood before the ADD … USING INDEX
    for (const d of dropSteps) d.stage = stage;
    steps.splice(at, 0, ...dropSteps);
    add = at + dropSteps.length;
  }
}

/** A foreign key dropped that references the old key's columns of `schema.table` (it depends on that key's index). */
function referencesKey(c: PlannedChange['change'], schema: string, table: string, key: readonly string[]): boolean {
  if (c.kind !== 'drop_constraint' || c.constraint.kind !== 'foreign' || c.constraint.refSchema !== schema || c.constraint.refTable !== table) return false;
  const refs = c.constraint.refColumns;
  return refs.length === key.length && refs.every((col) => key.includes(col));
}
