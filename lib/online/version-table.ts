/**
 * The version table on a live database (`pgshift_revisions` by default): created on first use,
 * read as the list of applied revisions. Its DDL and row statements come from
 * lib/emit/version-table.ts, which the offline script (`pgshift sql`) uses too.
 */
import type { DbClient } from '../db/client.js';
import { createVersionTableSql, type VersionTable } from '../emit/version-table.js';
import { ident, literal, qualified } from '../source/quote.js';

export interface AppliedRevision {
  revision: string;
  parent: string | null;
  checksum: string;
  /** ISO 8601, UTC. */
  appliedAt: string;
  durationMs: number | null;
  appliedBy: string;
}

export function versionTableName(t: VersionTable): string {
  return qualified(t.schema, t.name);
}

/** Creates the schema (when not public) and the table if missing. Call it holding the migration lock. */
export async function ensureVersionTable(db: DbClient, t: VersionTable): Promise<void> {
  if (await versionTableExists(db, t)) return;
  if (t.schema !== 'public') await db.exec(`CREATE SCHEMA IF NOT EXISTS ${ident(t.schema)}`);
  await db.exec(createVersionTableSql(t));
}

export async function versionTableExists(db: DbClient, t: VersionTable): Promise<boolean> {
  const rows = await db.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [versionTableName(t)]);
  return rows[0]?.ok === true;
}

/** Applied revisions in the order they were applied (an empty list when the table does not exist yet). */
export async function appliedRevisions(db: DbClient, t: VersionTable): Promise<AppliedRevision[]> {
  if (!(await versionTableExists(db, t))) return [];
  const rows = await db.query<{ j: string }>(
    `SELECT json_build_object('revision', revision, 'parent', parent, 'checksum', checksum,
       'appliedAt', to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       'durationMs', duration_ms, 'appliedBy', applied_by)::text AS j
     FROM ${versionTableName(t)} ORDER BY applied_at, revision`,
  );
  return rows.map((r) => JSON.parse(r.j) as AppliedRevision);
}

/** `--allow-changed`: the applied revision's file changed on purpose; remember its new checksum. */
export function updateChecksumSql(t: VersionTable, id: string, checksum: string): string {
  return `UPDATE ${versionTableName(t)} SET checksum = ${literal(checksum)} WHERE revision = ${literal(id)}`;
}
