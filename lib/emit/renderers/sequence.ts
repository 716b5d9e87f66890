/** Sequences: create, drop, alter options, OWNED BY. */
import type { ChangeOf } from '../../diff/change.js';
import { sequenceOptionsSql } from '../ddl.js';
import { ident, qualified } from '../../source/quote.js';

export const createSequence = (c: ChangeOf<'create_sequence'>) => {
  const opts = sequenceOptionsSql(c.sequence.options, { withType: true });
  return [`CREATE SEQUENCE ${qualified(c.sequence.schema, c.sequence.name)}${opts.length ? ' ' + opts.join(' ') : ''}`];
};
export const dropSequence = (c: ChangeOf<'drop_sequence'>) => [`DROP SEQUENCE ${qualified(c.sequence.schema, c.sequence.name)}`];
export const alterSequence = (c: ChangeOf<'alter_sequence'>) => {
  const opts = sequenceOptionsSql(c.sequence.options, { base: c.from, withType: true });
  return [`ALTER SEQUENCE ${qualified(c.sequence.schema, c.sequence.name)} ${opts.join(' ')}`];
};
export const setSequenceOwner = (c: ChangeOf<'set_sequence_owner'>) => {
  const o = c.release ? undefined : c.sequence.ownedBy;
  return [`ALTER SEQUENCE ${qualified(c.sequence.schema, c.sequence.name)} OWNED BY ${o ? `${qualified(o.schema, o.table)}.${ident(o.column)}` : 'NONE'}`];
};
