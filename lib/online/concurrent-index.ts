/**
 * `CREATE INDEX CONCURRENTLY` runs outside a transaction, so an interrupted run (the process
 * killed, the connection dropped, a deadlock, a unique violation) can leave its index behind:
 * INVALID when the build did not finish, or complete when the process died after the build but
 * before the revision was recorded. Before running such a statement again, the runner looks:
 * - no index of that name: run the statement;
 * - an INVALID index of that name: drop it (`DROP INDEX CONCURRENTLY`), say so, and build again;
 * - a valid index with the same definition: the interrupted run finished it; skip the statement;
 * - a valid index with another definition: run the statement (PostgreSQL reports the conflict).
 */
import { parseFile, type Statement } from '../parse/parse.js';
import { qualified } from '../source/quote.js';
import type { DbClient } from '../db/client.js';

export type IndexPreparation = { action: 'run' } | { action: 'skip'; message: string } | { action: 'rebuilt'; message: string };

interface IndexRow {
  schema: string;
  valid: boolean;
  def: string;
}

/** Whether `stmt` is CREATE INDEX CONCURRENTLY with a name (an unnamed index cannot be left behind under a name we know). */
function concurrentIndex(stmt: Statement): { name: string; schema?: string; ifNotExists: boolean } | undefined {
  const n = (stmt.node as { IndexStmt?: { concurrent?: boolean; idxname?: string; if_not_exists?: boolean; relation?: { schemaname?: string } } }).IndexStmt;
  if (!n?.concurrent || !n.idxname) return undefined;
  const out: { name: string; schema?: string; ifNotExists: boolean } = { name: n.idxname, ifNotExists: !!n.if_not_exists };
  if (n.relation?.schemaname) out.schema = n.relation.schemaname;
  return out;
}

/** Looks for a leftover of `stmt` and repairs it; says whether the statement should still run. */
export async function prepareConcurrentIndex(db: DbClient, stmt: Statement, text: string): Promise<IndexPreparation> {
  const idx = concurrentIndex(stmt);
  if (!idx) return { action: 'run' };
  const rows = await db.query<IndexRow>(
    `SELECT n.nspname AS schema, i.indisvalid AS valid, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relname = $1 AND n.nspname = coalesce($2, current_schema())`,
    [idx.name, idx.schema ?? null],
  );
  const row = rows[0];
  if (!row) return { action: 'run' };
  const name = qualified(row.schema, idx.name);
  if (!row.valid) {
    await db.exec(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
    return { action: 'rebuilt', message: `index ${name} was left INVALID by an interrupted CREATE INDEX CONCURRENTLY; dropped it to build it again` };
  }
  if (sameIndex(row.def, text, row.schema)) {
    return { action: 'skip', message: `index ${name} already exists with the same definition (built by an interrupted run): skipped its CREATE INDEX CONCURRENTLY` };
  }
  return { action: 'run' };
}

/** The parse tree of a CREATE INDEX without what does not change the index: locations, CONCURRENTLY, IF NOT EXISTS, the default method and schema. */
function indexShape(sql: string, schema: string): string | undefined {
  const parsed = parseFile({ path: 'index.sql', text: sql });
  const node = parsed.statements[0]?.node as { IndexStmt?: Record<string, any> } | undefined;
  if (!node?.IndexStmt || parsed.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const s = structuredClone(node.IndexStmt);
  delete s.concurrent;
  delete s.if_not_exists;
  if (!s.accessMethod) s.accessMethod = 'btree';
  if (s.relation) {
    s.relation.schemaname ??= schema;
    delete s.relation.inh;
  }
  return canonical(s);
}

/** JSON with keys sorted and locations left out: two trees compare equal whatever order their keys were added in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([k, x]) => k !== 'location' && x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function sameIndex(def: string, text: string, schema: string): boolean {
  const a = indexShape(def, schema);
  return a !== undefined && a === indexShape(text, schema);
}
