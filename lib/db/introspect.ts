/**
 * Introspection of a live database into the catalogue: pg_catalog → canonical DDL
 * (introspect-ddl.ts) → parse → `bind`. The same DDL text is what `pull` writes to schema/,
 * so what verify and drift compare is exactly what a user would get by pulling.
 */
import type { Diagnostic } from '../source/diagnostic.js';
import type { Catalog } from '../catalog/model/catalog.js';
import { bind } from '../catalog/bind.js';
import { initParser, parseFile } from '../parse/parse.js';
import type { VersionTable } from '../emit/version-table.js';
import type { DbClient } from './client.js';
import { BACKUP_SCHEMA } from './reserved.js';
import { INTROSPECT_QUERIES, type IntrospectQuery } from './introspect-queries.js';
import { ddlFromRows, ddlText } from './introspect-ddl.js';
import { type DdlStatement, type IntrospectRows } from './introspect-rows.js';
import { ident, qualified } from '../source/quote.js';

export type { DdlStatement } from './introspect-rows.js';

export interface IntrospectOptions {
  /** Unqualified names in the DDL belong to this schema (default public). */
  defaultSchema?: string;
  /** Left out: pgshift's own table. */
  versionTable?: VersionTable;
  /** Further schemas to leave out (pgshift_backup always is). */
  excludeSchemas?: string[];
}

/** The live schema as DDL statements. Restores the session's search_path afterwards. */
export async function introspectDdl(db: DbClient, opts: IntrospectOptions = {}): Promise<DdlStatement[]> {
  const defaultSchema = opts.defaultSchema ?? 'public';
  const skipSchemas = [BACKUP_SCHEMA, ...(opts.excludeSchemas ?? [])];
  if (opts.versionTable && (await ownVersionSchema(db, opts.versionTable, defaultSchema))) skipSchemas.push(opts.versionTable.schema);
  const skipTables = opts.versionTable ? [`${opts.versionTable.schema}.${opts.versionTable.name}`] : [];
  const [saved] = await db.query<{ path: string }>(`SELECT current_setting('search_path') AS path`);
  await db.query(`SELECT set_config('search_path', $1, false)`, [ident(defaultSchema)]);
  try {
    const rows: IntrospectRows = {};
    for (const name of Object.keys(INTROSPECT_QUERIES) as IntrospectQuery[]) {
      const sql = INTROSPECT_QUERIES[name];
      const params = sql.includes('$2') ? [skipSchemas, skipTables] : sql.includes('$1') ? [skipSchemas] : [];
      const result = await db.query<{ j: string }>(sql, params);
      rows[name] = result.map((r) => JSON.parse(r.j) as Record<string, unknown>);
    }
    return ddlFromRows(rows);
  } finally {
    await db.query(`SELECT set_config('search_path', $1, false)`, [saved!.path]);
  }
}

/**
 * Whether the version table's schema is pgshift's own: not public or the default schema, and
 * holding nothing but the version table (upgrade creates it when the config names one), so it
 * is no part of the user's schema.
 */
async function ownVersionSchema(db: DbClient, t: VersionTable, defaultSchema: string): Promise<boolean> {
  if (t.schema === 'public' || t.schema === defaultSchema) return false;
  const [row] = await db.query<{ own: boolean }>(
    `SELECT to_regclass($2) IS NOT NULL
        AND NOT EXISTS (SELECT FROM pg_class c WHERE c.relnamespace = n.oid AND c.oid <> to_regclass($2)
                          AND NOT EXISTS (SELECT FROM pg_index i WHERE i.indexrelid = c.oid AND i.indrelid = to_regclass($2)))
        AND NOT EXISTS (SELECT FROM pg_proc p WHERE p.pronamespace = n.oid)
        AND NOT EXISTS (SELECT FROM pg_type ty WHERE ty.typnamespace = n.oid AND ty.typrelid = 0 AND ty.typelem = 0) AS own
     FROM pg_namespace n WHERE n.nspname = $1`,
    [t.schema, qualified(t.schema, t.name)],
  );
  return row?.own === true;
}

export interface Introspected {
  catalog: Catalog;
  ddl: string;
  statements: DdlStatement[];
  /** Problems binding the DDL: a gap in pgshift's model of what the database holds. */
  diagnostics: Diagnostic[];
}

/** The live schema as a catalogue (the DDL bound as a schema file named `label`). */
export async function introspectCatalog(db: DbClient, opts: IntrospectOptions & { label?: string } = {}): Promise<Introspected> {
  const statements = await introspectDdl(db, opts);
  const ddl = ddlText(statements);
  await initParser();
  const parsed = parseFile({ path: opts.label ?? `${db.target.display} (introspected)`, text: ddl });
  const r = bind([parsed], { defaultSchema: opts.defaultSchema ?? 'public' });
  return { catalog: r.catalog, ddl, statements, diagnostics: r.diagnostics };
}
