/** The version table both the offline script and the online runner maintain. */
import { literal, qualified } from '../source/quote.js';

export interface VersionTable {
  schema: string;
  name: string;
}

export const DEFAULT_VERSION_TABLE: VersionTable = { schema: 'public', name: 'pgshift_revisions' };

export function createVersionTableSql(t: VersionTable): string {
  return `CREATE TABLE IF NOT EXISTS ${qualified(t.schema, t.name)} (
  revision text PRIMARY KEY,
  parent text,
  checksum text NOT NULL,
  applied_at timestamp with time zone NOT NULL DEFAULT now(),
  duration_ms integer,
  applied_by text NOT NULL DEFAULT current_user
)`;
}

export function recordRevisionSql(t: VersionTable, r: { id: string; parent?: string; checksum: string; durationMs?: number }): string {
  return `INSERT INTO ${qualified(t.schema, t.name)} (revision, parent, checksum, duration_ms) VALUES (${literal(r.id)}, ${r.parent ? literal(r.parent) : 'NULL'}, ${literal(r.checksum)}, ${r.durationMs ?? 'NULL'})`;
}

export function forgetRevisionSql(t: VersionTable, id: string): string {
  return `DELETE FROM ${qualified(t.schema, t.name)} WHERE revision = ${literal(id)}`;
}
