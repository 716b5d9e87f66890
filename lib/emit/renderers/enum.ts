/** Enum types: create, drop, add value in place, recreate (value removed or reordered). */
import { makeObjectName } from '../../catalog/query/names.js';
import type { ChangeOf } from '../../diff/change.js';
import { columnDefSql, typeSql } from '../ddl.js';
import { exprSql } from '../expr.js';
import { ident, literal, qualified } from '../../source/quote.js';

export const createEnum = (c: ChangeOf<'create_enum'>) => [`CREATE TYPE ${qualified(c.type.schema, c.type.name)} AS ENUM (${c.type.values.map(literal).join(', ')})`];
export const dropEnum = (c: ChangeOf<'drop_enum'>) => [`DROP TYPE ${qualified(c.type.schema, c.type.name)}`];

export const addEnumValue = (c: ChangeOf<'add_enum_value'>) => {
  let s = `ALTER TYPE ${qualified(c.type.schema, c.type.name)} ADD VALUE ${literal(c.value)}`;
  if (c.before !== undefined) s += ` BEFORE ${literal(c.before)}`;
  else if (c.after !== undefined) s += ` AFTER ${literal(c.after)}`;
  return [s];
};

export const recreateEnum = (c: ChangeOf<'recreate_enum'>) => {
  const t = c.type;
  // PostgreSQL's way of fitting a name and a suffix in 63 bytes (a long or non-ASCII name is clipped by bytes, the suffix kept)
  const old = makeObjectName(t.name, undefined, '_pgshift_old');
  const out = [
    `ALTER TYPE ${qualified(t.schema, t.name)} RENAME TO ${ident(old)}`,
    `CREATE TYPE ${qualified(t.schema, t.name)} AS ENUM (${t.values.map(literal).join(', ')})`,
  ];
  for (const { table, column, fromColumn } of c.columns) {
    const tn = qualified(table.schema, table.name);
    const col = ident(column.name);
    const arr = '[]'.repeat(column.type.arrayDims);
    if (fromColumn.default) out.push(`ALTER TABLE ${tn} ALTER COLUMN ${col} DROP DEFAULT`);
    out.push(`ALTER TABLE ${tn} ALTER COLUMN ${col} TYPE ${typeSql(column.type)} USING ${col}::text${arr}::${typeSql(column.type)}`);
    if (column.default) out.push(`ALTER TABLE ${tn} ALTER COLUMN ${col} SET DEFAULT ${exprSql(column.default)}`);
  }
  out.push(`DROP TYPE ${qualified(t.schema, old)}`);
  return out;
};

export { columnDefSql };
