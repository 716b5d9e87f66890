/** COMMENT ON … IS '…' | NULL */
import type { ChangeOf, CommentTarget } from '../../diff/change.js';
import { ident, literal, qualified } from '../../source/quote.js';
import { signatureSql } from './function.js';
import { operatorSignature } from './operator.js';
import { castTypeSql } from './cast.js';

function targetSql(t: CommentTarget): string {
  switch (t.kind) {
    case 'schema': return `SCHEMA ${ident(t.name)}`;
    case 'table': return `TABLE ${qualified(t.schema, t.name)}`;
    case 'column': return `COLUMN ${qualified(t.schema, t.table)}.${ident(t.name)}`;
    case 'index': return `INDEX ${qualified(t.schema, t.name)}`;
    case 'sequence': return `SEQUENCE ${qualified(t.schema, t.name)}`;
    case 'type': return `TYPE ${qualified(t.schema, t.name)}`;
    case 'constraint': return `CONSTRAINT ${ident(t.name)} ON ${qualified(t.schema, t.table)}`;
    case 'domain_constraint': return `CONSTRAINT ${ident(t.name)} ON DOMAIN ${qualified(t.schema, t.domain)}`;
    case 'collation': return `COLLATION ${qualified(t.schema, t.name)}`;
    case 'text search dictionary': return `TEXT SEARCH DICTIONARY ${qualified(t.schema, t.name)}`;
    case 'text search configuration': return `TEXT SEARCH CONFIGURATION ${qualified(t.schema, t.name)}`;
    case 'policy': return `POLICY ${ident(t.name)} ON ${qualified(t.schema, t.table)}`;
    case 'publication': return `PUBLICATION ${ident(t.name)}`;
    case 'view': return `VIEW ${qualified(t.schema, t.name)}`;
    case 'materialized view': return `MATERIALIZED VIEW ${qualified(t.schema, t.name)}`;
    case 'attribute': return `COLUMN ${qualified(t.schema, t.type)}.${ident(t.name)}`;
    case 'view column': return `COLUMN ${qualified(t.schema, t.table)}.${ident(t.name)}`;
    case 'function':
    case 'procedure': return `${t.aggregate ? 'AGGREGATE' : t.kind.toUpperCase()} ${signatureSql(t, t.args, !!t.aggregate, t.orderedSet)}`;
    case 'trigger': return `TRIGGER ${ident(t.name)} ON ${qualified(t.schema, t.table)}`;
    case 'rule': return `RULE ${ident(t.name)} ON ${qualified(t.schema, t.table)}`;
    case 'statistics': return `STATISTICS ${qualified(t.schema, t.name)}`;
    case 'operator': return `OPERATOR ${operatorSignature(t)}`;
    case 'operator class': return `OPERATOR CLASS ${qualified(t.schema, t.name)} USING ${t.method}`;
    case 'operator family': return `OPERATOR FAMILY ${qualified(t.schema, t.name)} USING ${t.method}`;
    case 'cast': return `CAST (${castTypeSql(t.source)} AS ${castTypeSql(t.target)})`;
    case 'event trigger': return `EVENT TRIGGER ${ident(t.name)}`;
  }
}

export const setComment = (c: ChangeOf<'set_comment'>) => [`COMMENT ON ${targetSql(c.target)} IS ${c.text === undefined ? 'NULL' : literal(c.text)}`];
