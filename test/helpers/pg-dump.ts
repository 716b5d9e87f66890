/** `pg_dump --schema-only` of a scratch database on a real server (for phantom-diff tests). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { DbClient } from '../../lib/db/client.js';

/** pg_dump --schema-only of the database `db` is connected to. */
export async function pgDump(db: DbClient): Promise<string> {
  if (db.target.kind !== 'pg') throw new Error('pg_dump needs a server');
  const c = db.target.config;
  const env: NodeJS.ProcessEnv = { ...process.env, PGDATABASE: String(c.database) };
  if (c.host) env['PGHOST'] = String(c.host);
  if (c.port) env['PGPORT'] = String(c.port);
  if (c.user) env['PGUSER'] = String(c.user);
  if (typeof c.password === 'string') env['PGPASSWORD'] = c.password;
  const { stdout } = await promisify(execFile)('pg_dump', ['--schema-only', '--no-password'], { env, maxBuffer: 1 << 28 });
  return stdout;
}
