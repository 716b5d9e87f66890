/** A collation name as SQL (`"de_DE"`, `pg_catalog."C"`). */
import { splitCollation } from '../catalog/statements/collation.js';
import { qualified } from '../source/quote.js';

/** A stored collation name (catalog/collation.ts): schema and name split at the first dot. */
export function collationSql(c: string): string {
  const { schema, name } = splitCollation(c);
  return qualified(schema, name);
}
