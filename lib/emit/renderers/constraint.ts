/** Constraints and indexes. */
import type { ChangeOf } from '../../diff/change.js';
import { constraintDefSql, indexDefSql, tableName } from '../ddl.js';
import { ident, qualified } from '../quote.js';

export const addConstraint = (c: ChangeOf<'add_constraint'>) => [`ALTER TABLE ${tableName(c.table)} ADD CONSTRAINT ${ident(c.constraint.name)} ${constraintDefSql(c.constraint)}`];
export const dropConstraint = (c: ChangeOf<'drop_constraint'>) => [`ALTER TABLE ${tableName(c.table)} DROP CONSTRAINT ${ident(c.constraint.name)}`];
export const validateConstraint = (c: ChangeOf<'validate_constraint'>) => [`ALTER TABLE ${tableName(c.table)} VALIDATE CONSTRAINT ${ident(c.constraint.name)}`];
export const createIndex = (c: ChangeOf<'create_index'>) => [indexDefSql(c.index)];
export const dropIndex = (c: ChangeOf<'drop_index'>) => [`DROP INDEX ${qualified(c.index.schema, c.index.name)}`];
