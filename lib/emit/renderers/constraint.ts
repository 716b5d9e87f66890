/** Constraints and indexes. */
import type { ChangeOf } from '../../diff/change.js';
import { constraintDefSql, indexDefSql, storageParameterSql, tableName } from '../ddl.js';
import { ident, qualified } from '../../source/quote.js';
import { WIDTH } from '../format.js';

export const addConstraint = (c: ChangeOf<'add_constraint'>) => {
  const con = c.constraint;
  if (c.usingIndex && (con.kind === 'primary' || con.kind === 'unique')) {
    const deferrable = con.deferrable ? (con.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE') : '';
    return [`ALTER TABLE ${tableName(c.table)} ADD CONSTRAINT ${ident(con.name)} ${con.kind === 'primary' ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${ident(c.usingIndex)}${deferrable}`];
  }
  const sql = `ALTER TABLE ${c.only ? 'ONLY ' : ''}${tableName(c.table)} ADD CONSTRAINT ${ident(con.name)} ${constraintDefSql(con)}`;
  // long ones break before ADD (laid out here: schemas have thousands of them, the generic formatter is slow)
  return [con.kind !== 'exclude' && sql.length > WIDTH ? sql.replace(' ADD CONSTRAINT ', '\nADD CONSTRAINT ') : sql];
};
export const dropConstraint = (c: ChangeOf<'drop_constraint'>) => [`ALTER TABLE ${tableName(c.table)} DROP CONSTRAINT ${ident(c.constraint.name)}`];
export const validateConstraint = (c: ChangeOf<'validate_constraint'>) => [`ALTER TABLE ${tableName(c.table)} VALIDATE CONSTRAINT ${ident(c.constraint.name)}`];
/** Only the attribute groups that change: deferrability, enforcement (PostgreSQL 18). */
export const alterConstraint = (c: ChangeOf<'alter_constraint'>) => {
  const [a, b] = [c.from, c.constraint];
  const attrs: string[] = [];
  if (a.deferrable !== b.deferrable || a.initiallyDeferred !== b.initiallyDeferred) {
    attrs.push(b.deferrable ? `DEFERRABLE INITIALLY ${b.initiallyDeferred ? 'DEFERRED' : 'IMMEDIATE'}` : 'NOT DEFERRABLE');
  }
  if ((a.enforced ?? true) !== (b.enforced ?? true)) attrs.push(b.enforced === false ? 'NOT ENFORCED' : 'ENFORCED');
  return [`ALTER TABLE ${tableName(c.table)} ALTER CONSTRAINT ${ident(b.name)} ${attrs.join(' ')}`];
};
/** The storage parameters of a key's index, in place: the index carries the constraint's name. */
export const setConstraintStorage = (c: ChangeOf<'set_constraint_storage'>) => {
  const index = qualified(c.table.schema, c.constraint.name);
  const out: string[] = [];
  if (c.reset.length) out.push(`ALTER INDEX ${index} RESET (${c.reset.map(ident).join(', ')})`);
  if (c.set.length) out.push(`ALTER INDEX ${index} SET (${c.set.map(storageParameterSql).join(', ')})`);
  return out;
};
export const createIndex = (c: ChangeOf<'create_index'>) => [
  indexDefSql(c.index, { concurrently: c.concurrently, only: c.only }),
  ...(c.attach ?? []).map((a) => `ALTER INDEX ${qualified(c.index.schema, c.index.name)} ATTACH PARTITION ${qualified(a.schema, a.name)}`),
];
export const dropIndex = (c: ChangeOf<'drop_index'>) => [`DROP INDEX ${c.concurrently ? 'CONCURRENTLY ' : ''}${qualified(c.index.schema, c.index.name)}${c.cascade?.length ? ' CASCADE' : ''}`];
