/**
 * `snapshotSchema`: every user object of a live database, read from pg_catalog alone
 * (independent of the pgshift catalogue), as plain JSON with sorted keys. Two databases
 * hold the same schema exactly when their snapshots are deep-equal; `diffSnapshots`
 * (snapshot-diff.ts) says how they differ.
 *
 * Named things are maps keyed by name (qualified `schema.name` at the top level), so the
 * order in which objects were created, and the order of table columns, do not matter.
 * Order is kept where PostgreSQL gives it meaning: enum labels, composite attributes,
 * inheritance parents. Definitions are PostgreSQL's own deparse (pg_get_*def), so two
 * snapshots compare equal only when taken on the same server version.
 *
 * Not covered: publications, subscriptions, foreign servers and wrappers,
 * text search objects, roles (cluster-wide).
 */
import type { DbClient } from './client.js';
import { QUERIES, type QueryName } from './snapshot-queries.js';
import { type SchemaSnapshot, type TypeSnapshot, type RelationSnapshot } from './snapshot-model.js';

export { diffSnapshots } from './snapshot-diff.js';

export interface SnapshotOptions {
  /** Schemas to leave out, besides the system ones. */
  excludeSchemas?: string[];
  /** Tables to leave out (with their owned sequences): `schema.table`, or `table` in any schema. */
  excludeTables?: string[];
}

const TYPE_KIND: Record<string, TypeSnapshot['kind']> = { e: 'enum', d: 'domain', c: 'composite', r: 'range' };
const RELKIND: Record<string, string> = {
  r: 'table', p: 'partitioned table', f: 'foreign table', v: 'view', m: 'materialized view',
};
const PERSISTENCE: Record<string, string> = { p: 'permanent', u: 'unlogged', t: 'temporary' };
const REPLICA_IDENTITY: Record<string, string> = { d: 'default', n: 'nothing', f: 'full', i: 'index' };
const IDENTITY: Record<string, string> = { a: 'always', d: 'by default' };
const GENERATED: Record<string, string> = { s: 'stored', v: 'virtual' };
const ENABLED: Record<string, string> = { O: 'enabled', D: 'disabled', R: 'replica', A: 'always' };
const POLICY_COMMAND: Record<string, string> = { r: 'SELECT', a: 'INSERT', w: 'UPDATE', d: 'DELETE', '*': 'ALL' };
const PROKIND: Record<string, string> = { f: 'function', p: 'procedure', a: 'aggregate', w: 'window function' };
const DEFACL_OBJTYPE: Record<string, string> = {
  r: 'tables', S: 'sequences', f: 'functions', T: 'types', n: 'schemas', L: 'large objects',
};

type Row = Record<string, unknown>;

export async function snapshotSchema(db: DbClient, opts: SnapshotOptions = {}): Promise<SchemaSnapshot> {
  const rows = await readCatalog(db);
  const excludedSchemas = new Set(opts.excludeSchemas ?? []);
  const excludedTables = new Set(opts.excludeTables ?? []);
  const inSchema = (r: Row) => !excludedSchemas.has(r['schema'] as string);
  const tableExcluded = (schema: string, name: string) =>
    excludedSchemas.has(schema) || excludedTables.has(`${schema}.${name}`) || excludedTables.has(name);
  const qualified = (r: Row) => `${r['schema'] as string}.${r['name'] as string}`;

  const snap: SchemaSnapshot = {
    schemas: {}, extensions: {}, collations: {}, tsDictionaries: {}, tsConfigs: {}, types: {}, sequences: {}, tables: {}, views: {},
    functions: {}, defaultPrivileges: {}, eventTriggers: {}, publications: {}, casts: {}, statistics: {}, operators: {}, operatorFamilies: {}, operatorClasses: {},
  };
  for (const r of rows.schemas) {
    if (!excludedSchemas.has(r['name'] as string)) snap.schemas[r['name'] as string] = fields(r, ['name']) as never;
  }
  for (const r of rows.extensions) snap.extensions[r['name'] as string] = fields(r, ['name']) as never;
  for (const r of rows.collations.filter(inSchema)) snap.collations[qualified(r)] = fields(r, ['schema', 'name']) as never;
  for (const r of rows.tsDictionaries.filter(inSchema)) snap.tsDictionaries[qualified(r)] = fields(r, ['schema', 'name']) as never;
  for (const r of rows.tsConfigs.filter(inSchema)) snap.tsConfigs[qualified(r)] = fields(r, ['schema', 'name']) as never;
  for (const r of rows.types.filter(inSchema)) {
    const t = fields(r, ['schema', 'name', 'typtype']);
    t['kind'] = TYPE_KIND[r['typtype'] as string];
    snap.types[qualified(r)] = t as never;
  }
  for (const r of rows.sequences.filter(inSchema)) {
    const owner = r['ownedBy'] as { table: string } | null;
    const dot = owner ? owner.table.indexOf('.') : -1;
    if (owner && tableExcluded(owner.table.slice(0, dot), owner.table.slice(dot + 1))) continue;
    snap.sequences[qualified(r)] = mapped(fields(r, ['schema', 'name']), { persistence: PERSISTENCE }) as never;
  }
  const relations = new Map<string, RelationSnapshot>();
  for (const r of rows.relations) {
    if (tableExcluded(r['schema'] as string, r['name'] as string)) continue;
    const rel = mapped(fields(r, ['schema', 'name', 'relkind']), {
      persistence: PERSISTENCE, replicaIdentity: REPLICA_IDENTITY,
    }) as unknown as RelationSnapshot;
    rel.kind = RELKIND[r['relkind'] as string]!;
    if (rel.options) rel.options.sort();
    Object.assign(rel, { columns: {}, constraints: {}, indexes: {}, triggers: {}, policies: {}, rules: {} });
    relations.set(qualified(r), rel);
    const isView = r['relkind'] === 'v' || r['relkind'] === 'm';
    (isView ? snap.views : snap.tables)[qualified(r)] = rel;
  }
  const attach = (list: Row[], part: keyof RelationSnapshot & ('columns' | 'constraints' | 'indexes' | 'triggers' | 'policies' | 'rules'), value: (r: Row) => Row) => {
    for (const r of list) {
      const rel = relations.get(`${r['schema'] as string}.${r['table'] as string}`);
      if (rel) (rel[part] as Record<string, unknown>)[r['name'] as string] = value(fields(r, ['schema', 'table', 'name']));
    }
  };
  attach(rows.columns, 'columns', (c) => mapped(c, { identity: IDENTITY, generated: GENERATED }));
  attach(rows.constraints, 'constraints', (c) => c);
  attach(rows.indexes, 'indexes', (c) => c);
  attach(rows.triggers, 'triggers', (c) => mapped(c, { enabled: ENABLED }));
  attach(rows.policies, 'policies', (c) => mapped(c, { command: POLICY_COMMAND }));
  attach(rows.rules, 'rules', (c) => mapped(c, { enabled: ENABLED }));
  for (const r of rows.functions.filter(inSchema)) {
    const f = fields(r, ['schema', 'name', 'args', 'prokind']);
    f['kind'] = PROKIND[r['prokind'] as string] ?? (r['prokind'] as string);
    snap.functions[`${qualified(r)}(${r['args'] as string})`] = f as never;
  }
  for (const r of rows.defaultPrivileges) {
    const schema = r['schema'] as string | null;
    if (schema !== null && excludedSchemas.has(schema)) continue;
    const objects = DEFACL_OBJTYPE[r['objtype'] as string] ?? (r['objtype'] as string);
    snap.defaultPrivileges[`for role ${r['role'] as string} in ${schema ?? 'all schemas'} on ${objects}`] = {
      acl: r['acl'] as string[],
    };
  }
  for (const r of rows.eventTriggers) {
    snap.eventTriggers[r['name'] as string] = mapped(fields(r, ['name']), { enabled: ENABLED });
  }
  for (const r of rows.publications) snap.publications[r['name'] as string] = fields(r, ['name']);
  for (const r of rows.casts) snap.casts[`${r['source'] as string} AS ${r['target'] as string}`] = fields(r, ['source', 'target']);
  for (const r of rows.statistics.filter(inSchema)) snap.statistics[qualified(r)] = fields(r, ['schema', 'name']) as never;
  for (const r of rows.operators.filter(inSchema)) snap.operators[`${qualified(r)}(${(r['left'] as string | null) ?? 'NONE'},${r['right'] as string})`] = fields(r, ['schema', 'name', 'left', 'right']);
  for (const r of rows.operatorFamilies.filter(inSchema)) snap.operatorFamilies[`${qualified(r)} USING ${r['method'] as string}`] = fields(r, ['schema', 'name', 'method']);
  for (const r of rows.operatorClasses.filter(inSchema)) snap.operatorClasses[`${qualified(r)} USING ${r['method'] as string}`] = fields(r, ['schema', 'name', 'method']);
  return canonical(snap) as SchemaSnapshot;
}

/** Runs every query with search_path = pg_catalog, restoring the caller's search_path after. */
async function readCatalog(db: DbClient): Promise<Record<QueryName, Row[]>> {
  const [saved] = await db.query<{ path: string }>(`SELECT current_setting('search_path') AS path`);
  await db.query(`SELECT set_config('search_path', 'pg_catalog', false)`);
  try {
    const out = {} as Record<QueryName, Row[]>;
    for (const name of Object.keys(QUERIES) as QueryName[]) {
      const rows = await db.query<{ j: string }>(QUERIES[name]);
      out[name] = rows.map((r) => JSON.parse(r.j) as Row);
    }
    return out;
  } finally {
    await db.query(`SELECT set_config('search_path', $1, false)`, [saved!.path]);
  }
}

/** A copy of the row without the given keys and without null values. */
function fields(r: Row, drop: string[]): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(r)) if (v !== null && !drop.includes(k)) out[k] = v;
  return out;
}

/** Replaces catalogue letters by words (`u` → `unlogged`) for the given fields. */
function mapped(r: Row, maps: Record<string, Record<string, string>>): Row {
  for (const [key, map] of Object.entries(maps)) {
    const v = r[key];
    if (typeof v === 'string') r[key] = map[v] ?? v;
  }
  return r;
}

/**
 * Sorted keys everywhere, no null-valued keys; ACLs, role lists and options sorted
 * (their order carries no meaning).
 */
function canonical(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) {
    const items = v.map((x) => canonical(x));
    return key === 'acl' || key === 'roles' || key === 'options' ? items.sort() : items;
  }
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Row)[k];
      if (x !== null && x !== undefined) out[k] = canonical(x, k);
    }
    return out;
  }
  return v;
}
