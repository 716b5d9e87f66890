/** ALTER TABLE … REPLICA IDENTITY (the table only: PostgreSQL does not recurse to partitions). */
import type { ChangeOf } from '../../diff/change.js';
import { ident, qualified } from '../../source/quote.js';

export const setReplicaIdentity = (c: ChangeOf<'set_replica_identity'>) => {
  const r = c.identity;
  const what = !r ? 'DEFAULT' : r.kind === 'full' ? 'FULL' : r.kind === 'nothing' ? 'NOTHING' : `USING INDEX ${ident(r.index)}`;
  return [`ALTER TABLE ${qualified(c.table.schema, c.table.name)} REPLICA IDENTITY ${what}`];
};
