/**
 * Introspected tables → DDL: CREATE TABLE with its columns, INHERITS (…) with the child's own and
 * merged columns only, PARTITION BY, partitions as CREATE TABLE … PARTITION OF … FOR VALUES / DEFAULT
 * (their columns and CHECKs come from the parent, as when they were created so); what a child has
 * of its own on an inherited column (default, NOT NULL) as ALTER TABLE ONLY. Keys of partitioned
 * tables and partitions are written as pg_dump writes them, ADD CONSTRAINT on ONLY each table after
 * every table exists, and attached to the parent's key (introspect-ddl.ts writes ALTER INDEX …
 * ATTACH PARTITION after the indexes).
 */
import { ident, literal, qualified } from '../source/quote.js';
import { tableStorageDdl } from './introspect-operators.js';
import type { DdlStatement, IntrospectRows } from './introspect-rows.js';

type Row = Record<string, any>;
type Comment = (schema: string, object: string, target: string, text: string | null | undefined) => void;

export interface SeqRow {
  type: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
}

const TYPE_MAX: Record<string, string> = { smallint: '32767', integer: '2147483647', bigint: '9223372036854775807' };
const TYPE_MIN: Record<string, string> = { smallint: '-32768', integer: '-2147483648', bigint: '-9223372036854775808' };

/** Sequence options, leaving out those equal to PostgreSQL's defaults for the sequence's type and direction. */
export function sequenceClauses(s: SeqRow, opts: { name?: string; defaultType?: string } = {}): string[] {
  const out: string[] = [];
  if (opts.name) out.push(`SEQUENCE NAME ${opts.name}`);
  const asc = !s.increment.startsWith('-');
  const min = asc ? '1' : TYPE_MIN[s.type];
  const max = asc ? TYPE_MAX[s.type] : '-1';
  if (s.type !== (opts.defaultType ?? 'bigint')) out.push(`AS ${s.type}`);
  if (s.start !== (asc ? s.min : s.max)) out.push(`START WITH ${s.start}`);
  if (s.increment !== '1') out.push(`INCREMENT BY ${s.increment}`);
  if (s.min !== min) out.push(`MINVALUE ${s.min}`);
  if (s.max !== max) out.push(`MAXVALUE ${s.max}`);
  if (s.cache !== '1') out.push(`CACHE ${s.cache}`);
  if (s.cycle) out.push('CYCLE');
  return out;
}

export function columnSql(c: Row): string {
  const parts = [ident(c.name), c.type as string];
  if (c.collation) parts.push(`COLLATE ${c.collation}`);
  if (c.generated) parts.push(`GENERATED ALWAYS AS (${c.generated})${c.generatedKind === 'v' ? ' VIRTUAL' : ' STORED'}`);
  if (c.default !== null && c.default !== undefined) parts.push(`DEFAULT ${c.default}`);
  if (c.notNull && !c.identity) parts.push('NOT NULL');
  if (c.identity) {
    const seq = c.identitySequence as (SeqRow & { schema: string; name: string }) | null;
    const implicit = seq && seq.schema === c.schema && seq.name === `${c.table}_${c.name}_seq`;
    const clauses = seq ? sequenceClauses(seq, { name: implicit ? undefined : qualified(seq.schema, seq.name), defaultType: c.type }) : [];
    const opts = clauses.length ? ` (${clauses.join(' ')})` : '';
    parts.push(`GENERATED ${c.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY${opts}`);
  }
  return parts.join(' ');
}


/**
 * A constraint's definition with a PRIMARY KEY's or UNIQUE's index storage parameters put back where
 * pg_dump writes them: after the columns and INCLUDE, before DEFERRABLE (`name=value` from reloptions).
 */
export function keyDefinition(k: Row): string {
  const def = k.definition as string;
  const options = (k.indexOptions as string[] | null) ?? [];
  if (!options.length) return def;
  // (after the last parenthesis: a quoted column name may read DEFERRABLE too)
  const close = def.lastIndexOf(')') + 1;
  const at = def.indexOf(' DEFERRABLE', close);
  const withSql = ` WITH (${options.map((o) => `${o.slice(0, o.indexOf('='))}=${literal(o.slice(o.indexOf('=') + 1))}`).join(', ')})`;
  return at < 0 ? def + withSql : def.slice(0, at) + withSql + def.slice(at);
}

export function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Tables with their parents first (PARTITION OF and INHERITS name existing tables), else in name order. */
function parentsFirst(tables: Row[]): Row[] {
  const byKey = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t]));
  const out: Row[] = [];
  const done = new Set<string>();
  const visit = (t: Row) => {
    const k = `${t.schema}.${t.name}`;
    if (done.has(k)) return;
    done.add(k);
    for (const p of (t.parents as Row[] | null) ?? []) {
      const parent = byKey.get(`${p.schema}.${p.name}`);
      if (parent) visit(parent);
    }
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

export interface TableDdl {
  /** CREATE TABLE with the table's own constraints, storage and column settings, parents first. */
  tables: DdlStatement[];
  /** Keys of partitioned tables and partitions (ONLY), once every table exists. */
  keys: DdlStatement[];
  fks: DdlStatement[];
}

export function tableDdl(rows: IntrospectRows, comment: Comment): TableDdl {
  const out: TableDdl = { tables: [], keys: [], fks: [] };
  const columns = groupBy(rows['columns'] ?? [], (c) => `${c.schema}.${c.table}`);
  const constraints = groupBy(rows['constraints'] ?? [], (c) => `${c.schema}.${c.table}`);
  for (const t of parentsFirst(rows['tables'] ?? [])) {
    const key = `${t.schema}.${t.name}`;
    const name = qualified(t.schema, t.name);
    const stmt = (kind: DdlStatement['kind'], sql: string): DdlStatement => ({ schema: t.schema, kind, object: key, sql });
    const cols = columns.get(key) ?? [];
    const parents = (t.parents as Row[] | null) ?? [];
    const partitionBy = `${t.partitionBy ? ` PARTITION BY ${t.partitionBy as string}` : ''}${t.accessMethod ? ` USING ${ident(t.accessMethod as string)}` : ''}`;
    const create = `CREATE ${t.unlogged ? 'UNLOGGED ' : ''}TABLE ${name}`;
    if (t.bound) {
      const parent = parents[0]!;
      out.tables.push(stmt('table', `${create} PARTITION OF ${qualified(parent.schema, parent.name)} ${t.bound as string}${partitionBy};`));
    } else {
      // inherited columns come from the parents; merged ones (local too) are written, as pg_dump does
      const body = cols.filter((c) => c.local).map((c) => `  ${columnSql(c)}`);
      const inherits = parents.length ? ` INHERITS (${parents.map((p) => qualified(p.schema, p.name)).join(', ')})` : '';
      out.tables.push(stmt('table', `${create} (${body.length ? `\n${body.join(',\n')}\n` : ''})${inherits}${partitionBy};`));
    }
    // a child's own default or NOT NULL on a column it only inherits
    for (const c of cols.filter((c) => c.inherited && (!c.local || t.bound))) {
      const from = parents.map((p) => columns.get(`${p.schema}.${p.name}`)?.find((pc) => pc.name === c.name)).find(Boolean);
      if (!from || c.generated || from.generated) continue;
      const column = `ALTER TABLE ONLY ${name} ALTER COLUMN ${ident(c.name)}`;
      if ((c.default ?? null) !== (from.default ?? null)) out.tables.push(stmt('table', c.default != null ? `${column} SET DEFAULT ${c.default as string};` : `${column} DROP DEFAULT;`));
      if (c.notNull && !from.notNull) out.tables.push(stmt('table', `${column} SET NOT NULL;`));
    }
    for (const k of constraints.get(key) ?? []) {
      const only = k.only && k.type !== 'f' && k.type !== 'c';
      const s = stmt('constraint', `ALTER TABLE ${only ? 'ONLY ' : ''}${name} ADD CONSTRAINT ${ident(k.name)} ${keyDefinition(k)};`);
      (k.type === 'f' ? out.fks : only ? out.keys : out.tables).push(s);
      comment(t.schema, key, `CONSTRAINT ${ident(k.name)} ON ${name}`, k.comment);
    }
    const storage = tableStorageDdl(t);
    if (storage) out.tables.push(stmt('table', storage));
    for (const c of cols) {
      const column = `ALTER TABLE ONLY ${name} ALTER COLUMN ${ident(c.name)}`;
      if (c.statistics != null) out.tables.push(stmt('table', `${column} SET STATISTICS ${c.statistics};`));
      // a child created from its parents copies their storage and compression: set explicitly where a parent has its own
      const fromParents = c.inherited ? parents.map((p) => columns.get(`${p.schema}.${p.name}`)?.find((pc) => pc.name === c.name)).filter((x) => !!x) : [];
      if (c.storage !== c.typeStorage || fromParents.some((p) => p!.storage !== p!.typeStorage)) out.tables.push(stmt('table', `${column} SET STORAGE ${c.storage as string};`));
      if (c.compression != null || fromParents.some((p) => p!.compression != null)) out.tables.push(stmt('table', `${column} SET COMPRESSION ${(c.compression as string | null) ?? 'default'};`));
    }
    comment(t.schema, key, `TABLE ${name}`, t.comment);
    for (const c of cols) comment(t.schema, key, `COLUMN ${name}.${ident(c.name)}`, c.comment);
  }
  return out;
}
