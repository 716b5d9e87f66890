/** ALTER … RENAME for the renames that `-- pgshift:renamed-from` hints produce. */
import type { ChangeOf } from '../../diff/change.js';
import { ident, qualified } from '../../source/quote.js';

const RELATION: Record<string, string> = { table: 'TABLE', view: 'VIEW', 'materialized view': 'MATERIALIZED VIEW', index: 'INDEX', sequence: 'SEQUENCE' };

export const rename = (c: ChangeOf<'rename'>) => {
  const t = c.target;
  const to = ident(c.to);
  switch (t.kind) {
    case 'table':
    case 'view':
    case 'materialized view':
    case 'index':
    case 'sequence':
      return [`ALTER ${RELATION[t.kind]} ${qualified(t.schema, t.name)} RENAME TO ${to}`];
    case 'column':
      return [`ALTER ${RELATION[t.relation]} ${qualified(t.schema, t.table)} RENAME COLUMN ${ident(t.name)} TO ${to}`];
    case 'constraint':
      return [`ALTER TABLE ${qualified(t.schema, t.table)} RENAME CONSTRAINT ${ident(t.name)} TO ${to}`];
    case 'type':
      return [`ALTER TYPE ${qualified(t.schema, t.name)} RENAME TO ${to}`];
  }
};
