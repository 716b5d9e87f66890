/**
 * Enum types: create, drop, and value changes. New values are added in place (BEFORE/AFTER a neighbour);
 * a removed or reordered value needs the type recreated (columns converted through text).
 */
import type { EnumType } from '../catalog/model/catalog.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { columnsOfType } from '../catalog/statements/dependents.js';

/** Is `a` an ordered subsequence of `b`? */
function isSubsequence(a: string[], b: string[]): boolean {
  let i = 0;
  for (const v of b) if (i < a.length && a[i] === v) i++;
  return i === a.length;
}

export function diffEnums(ctx: DiffContext): void {
  diffMaps(ctx.from.enums, ctx.to.enums, {
    added: (type) => ctx.changes.push({ kind: 'create_enum', type }),
    removed: (type) => ctx.changes.push({ kind: 'drop_enum', type }),
    both: (a, b) => {
      if (a.values.join('\u0000') === b.values.join('\u0000')) return;
      if (isSubsequence(a.values, b.values)) return addValues(ctx, a, b);
      recreate(ctx, a, b);
    },
  });
}

function addValues(ctx: DiffContext, a: EnumType, b: EnumType): void {
  const present = new Set(a.values);
  b.values.forEach((value, i) => {
    if (present.has(value)) return;
    // anchor on the next existing value, else the previous one (which may itself be newly added: order is kept)
    const next = b.values.slice(i + 1).find((v) => present.has(v));
    const prev = b.values[i - 1];
    if (next !== undefined) ctx.changes.push({ kind: 'add_enum_value', type: b, value, before: next });
    else ctx.changes.push({ kind: 'add_enum_value', type: b, value, after: prev });
  });
}

function recreate(ctx: DiffContext, a: EnumType, b: EnumType): void {
  // columns of the type that survive the migration are converted; dropped ones are gone before this runs
  const columns = columnsOfType(ctx.from, a.schema, a.name).filter(({ table, column }) => {
    const t = ctx.to.tables.get(`${table.schema}.${table.name}`);
    const c = t?.columns.get(column.name);
    return c && c.type.schema === b.schema && c.type.name === b.name;
  });
  ctx.changes.push({
    kind: 'recreate_enum',
    type: b,
    from: a,
    columns: columns.map(({ table, column }) => ({ table: ctx.to.tables.get(`${table.schema}.${table.name}`)!, column: ctx.to.tables.get(`${table.schema}.${table.name}`)!.columns.get(column.name)!, fromColumn: column })),
  });
}
