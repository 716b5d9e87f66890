/**
 * Backups before destructive downgrades. Right before a statement that would delete data runs
 * (DROP TABLE, ALTER TABLE … DROP COLUMN, DROP SCHEMA … CASCADE), every table it would destroy
 * that holds rows is copied into the `pgshift_backup` schema as `<revision>__<table>`, in the
 * same transaction as the statement: if the revision rolls back, so does its backup.
 * Tables are resolved on the live database at that moment, so the session's search_path and
 * objects created earlier in the same script count.
 */
import type { AlterTableCmd, AlterTableStmt, DropStmt, Node, RangeVar } from '@pgsql/types';
import type { Statement } from '../parse/parse.js';
import type { DbClient } from '../db/client.js';
import { ident, qualified } from '../source/quote.js';
import { listItems, strings } from '../parse/ast.js';
import { truncateIdent } from '../catalog/query/names.js';
import { BACKUP_SCHEMA } from '../db/reserved.js';

export interface Backup {
  /** The table whose rows were copied, `schema.table` (quoted as needed). */
  source: string;
  /** Where they went, `pgshift_backup."<revision>__<table>"` (quoted as needed). */
  backup: string;
  rows: number;
  /** What was about to destroy them: `DROP TABLE`, `DROP COLUMN c`, `DROP SCHEMA s CASCADE`. */
  reason: string;
  /** SQL that puts the rows back once the objects exist again. */
  restore: string;
}

/** What a statement would destroy: relation names as written (resolved later), or whole schemas. */
interface Loss {
  relation?: string;
  schema?: string;
  columns?: string[];
  reason: string;
}

function rangeVarText(r: RangeVar): string {
  return qualified(r.schemaname || undefined, r.relname ?? '');
}

function losses(stmt: Statement): Loss[] {
  const n = stmt.node as { DropStmt?: DropStmt; AlterTableStmt?: AlterTableStmt };
  if (n.DropStmt) {
    const d = n.DropStmt;
    if (d.removeType === 'OBJECT_TABLE') {
      return (d.objects ?? []).map((o: Node) => {
        const parts = strings(listItems(o));
        return { relation: parts.map((p) => ident(p)).join('.'), reason: 'DROP TABLE' };
      });
    }
    if (d.removeType === 'OBJECT_SCHEMA' && d.behavior === 'DROP_CASCADE') {
      return (d.objects ?? []).map((o: Node) => {
        const name = strings(listItems(o))[0] ?? '';
        return { schema: name, reason: `DROP SCHEMA ${ident(name)} CASCADE` };
      });
    }
    return [];
  }
  const a = n.AlterTableStmt;
  if (a && (a.objtype === undefined || a.objtype === 'OBJECT_TABLE') && a.relation) {
    const columns = (a.cmds ?? [])
      .map((c) => (c as { AlterTableCmd: AlterTableCmd }).AlterTableCmd)
      .filter((c) => c?.subtype === 'AT_DropColumn' && c.name)
      .map((c) => c.name!);
    if (columns.length) return [{ relation: rangeVarText(a.relation), columns, reason: `DROP COLUMN ${columns.map(ident).join(', ')}` }];
  }
  return [];
}

/** Does this statement destroy data a backup should keep? (No database access.) */
export function destroysData(stmt: Statement): boolean {
  return losses(stmt).length > 0;
}

interface LiveTable {
  schema: string;
  name: string;
}

async function tablesFor(db: DbClient, loss: Loss): Promise<LiveTable[]> {
  if (loss.schema !== undefined) {
    return db.query<LiveTable>(
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
      [loss.schema],
    );
  }
  return db.query<LiveTable>(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = to_regclass($1) AND c.relkind IN ('r', 'p')`,
    [loss.relation!],
  );
}

/** Copies the rows `stmt` is about to destroy; returns what was copied (nothing for empty tables). */
export async function backupBefore(db: DbClient, stmt: Statement, revision: string): Promise<Backup[]> {
  const out: Backup[] = [];
  for (const loss of losses(stmt)) {
    for (const t of await tablesFor(db, loss)) {
      const source = qualified(t.schema, t.name);
      const [has] = await db.query<{ any: boolean }>(`SELECT EXISTS (SELECT FROM ${source}) AS any`);
      if (!has?.any) continue;
      await db.exec(`CREATE SCHEMA IF NOT EXISTS ${ident(BACKUP_SCHEMA)}`);
      const name = await freeName(db, `${revision}__${t.name}`);
      const backup = qualified(BACKUP_SCHEMA, name);
      const cols = await columnsOf(db, source);
      // values of the schema's own types are kept as text: the backup must not hold up DROP TYPE
      const select = cols.map((c) => (c.own ? `${ident(c.name)}::text AS ${ident(c.name)}` : ident(c.name))).join(', ');
      await db.exec(`CREATE TABLE ${backup} AS SELECT ${select} FROM ${source}`);
      const [count] = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${backup}`);
      const restore = await restoreSql(db, source, backup, cols, loss.columns);
      out.push({ source, backup, rows: Number(count?.n ?? 0), reason: loss.reason, restore });
    }
  }
  return out;
}

/** `<revision>__<table>`, truncated as PostgreSQL would, with `_2`, `_3`… when an earlier backup has the name. */
async function freeName(db: DbClient, wanted: string): Promise<string> {
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : `_${i}`;
    const name = truncateIdent(wanted.slice(0, 63 - suffix.length)) + suffix;
    const [row] = await db.query<{ taken: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS taken`, [qualified(BACKUP_SCHEMA, name)]);
    if (!row?.taken) return name;
  }
}

interface BackupColumn {
  name: string;
  type: string;
  /** Of a type defined in the database (enum, domain, composite…), copied as text. */
  own: boolean;
}

async function columnsOf(db: DbClient, table: string): Promise<BackupColumn[]> {
  return db.query<BackupColumn>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       (SELECT tn.nspname NOT IN ('pg_catalog', 'information_schema') FROM pg_type t
        JOIN pg_type e ON e.oid = CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN t.typelem ELSE t.oid END
        JOIN pg_namespace tn ON tn.oid = e.typnamespace WHERE t.oid = a.atttypid) AS own
     FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attnum`,
    [table],
  );
}

async function restoreSql(db: DbClient, source: string, backup: string, cols: BackupColumn[], dropped: string[] | undefined): Promise<string> {
  const value = (c: BackupColumn, prefix = '') => (c.own ? `${prefix}${ident(c.name)}::${c.type}` : `${prefix}${ident(c.name)}`);
  if (!dropped) return `INSERT INTO ${source} (${cols.map((c) => ident(c.name)).join(', ')}) OVERRIDING SYSTEM VALUE SELECT ${cols.map((c) => value(c)).join(', ')} FROM ${backup};`;
  const pk = await db.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indrelid = to_regclass($1) AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    [source],
  );
  const set = cols.filter((c) => dropped.includes(c.name)).map((c) => `${ident(c.name)} = ${value(c, 'b.')}`).join(', ');
  const match = pk.length ? pk.map((k) => `t.${ident(k.name)} = b.${ident(k.name)}`).join(' AND ') : '/* match rows on a key */ false';
  return `UPDATE ${source} AS t SET ${set} FROM ${backup} AS b WHERE ${match};`;
}
