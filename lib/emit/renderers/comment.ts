/** COMMENT ON … IS '…' | NULL */
import type { ChangeOf, CommentTarget } from '../../diff/change.js';
import { ident, literal, qualified } from '../quote.js';

function targetSql(t: CommentTarget): string {
  switch (t.kind) {
    case 'schema': return `SCHEMA ${ident(t.name)}`;
    case 'table': return `TABLE ${qualified(t.schema, t.name)}`;
    case 'column': return `COLUMN ${qualified(t.schema, t.table)}.${ident(t.name)}`;
    case 'index': return `INDEX ${qualified(t.schema, t.name)}`;
    case 'sequence': return `SEQUENCE ${qualified(t.schema, t.name)}`;
    case 'type': return `TYPE ${qualified(t.schema, t.name)}`;
    case 'constraint': return `CONSTRAINT ${ident(t.name)} ON ${qualified(t.schema, t.table)}`;
  }
}

export const setComment = (c: ChangeOf<'set_comment'>) => [`COMMENT ON ${targetSql(c.target)} IS ${c.text === undefined ? 'NULL' : literal(c.text)}`];
