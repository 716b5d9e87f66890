/**
 * Introspected rows → canonical DDL, in the order a schema file is read: schemas, extensions,
 * types, sequences, tables, constraints, sequence ownership, indexes, comments. Definitions are
 * PostgreSQL's own deparse (pg_get_constraintdef, pg_get_indexdef, pg_get_expr, format_type);
 * names go through lib/source/quote.ts. Each statement carries its schema and object kind so
 * `pull` can group them into files.
 */
import { ident, literal, qualified } from '../source/quote.js';
import { operatorDdl } from './introspect-operators.js';
import { castDdl } from './introspect-casts.js';
import { type DdlStatement, type IntrospectRows } from './introspect-rows.js';
import { defaultPrivilegeDdl, privilegeDdl } from './introspect-privileges.js';
import { type SeqRow, sequenceClauses, tableDdl } from './introspect-tables.js';

type Row = Record<string, any>;

const isDefaultPublicComment = (r: Row) => r.name === 'public' && r.comment === 'standard public schema';

/** pg_aggregate.aggfinalmodify as CREATE AGGREGATE writes it. */
const FINAL_MODIFY: Record<string, string> = { r: 'READ_ONLY', s: 'SHAREABLE', w: 'READ_WRITE' };

export function ddlFromRows(rows: IntrospectRows): DdlStatement[] {
  const out: DdlStatement[] = [];
  const comments: DdlStatement[] = [];
  const comment = (schema: string, object: string, target: string, text: string | null | undefined) => {
    if (text !== null && text !== undefined) comments.push({ schema, kind: 'comment', object, sql: `COMMENT ON ${target} IS ${literal(text)};` });
  };

  for (const s of rows['schemas'] ?? []) {
    if (s.name !== 'public') out.push({ schema: s.name, kind: 'schema', object: s.name, sql: `CREATE SCHEMA ${ident(s.name)};` });
    if (!isDefaultPublicComment(s)) comment(s.name, s.name, `SCHEMA ${ident(s.name)}`, s.comment);
  }
  for (const x of rows['extensions'] ?? []) {
    out.push({ schema: '', kind: 'extension', object: x.name, sql: `CREATE EXTENSION IF NOT EXISTS ${ident(x.name)} WITH SCHEMA ${ident(x.schema)};` });
  }
  for (const e of rows['enums'] ?? []) {
    const name = qualified(e.schema, e.name);
    out.push({ schema: e.schema, kind: 'type', object: `${e.schema}.${e.name}`, sql: `CREATE TYPE ${name} AS ENUM (${(e.labels as string[] ?? []).map(literal).join(', ')});` });
    comment(e.schema, `${e.schema}.${e.name}`, `TYPE ${name}`, e.comment);
  }
  for (const d of rows['domains'] ?? []) {
    const name = qualified(d.schema, d.name);
    const parts = [`CREATE DOMAIN ${name} AS ${d.baseType}`];
    if (d.collation) parts.push(`COLLATE ${d.collation}`);
    if (d.default !== null && d.default !== undefined) parts.push(`DEFAULT ${d.default}`);
    if (d.notNull) parts.push('NOT NULL');
    const checks = (d.constraints as Row[] | null) ?? [];
    // NOT VALID cannot be written in CREATE DOMAIN: such constraints are added after
    for (const k of checks) if (k.validated) parts.push(`CONSTRAINT ${ident(k.name)} ${k.definition}`);
    out.push({ schema: d.schema, kind: 'type', object: `${d.schema}.${d.name}`, sql: `${parts.join(' ')};` });
    for (const k of checks) {
      if (!k.validated) out.push({ schema: d.schema, kind: 'type', object: `${d.schema}.${d.name}`, sql: `ALTER DOMAIN ${name} ADD CONSTRAINT ${ident(k.name)} ${k.definition};` });
      comment(d.schema, `${d.schema}.${d.name}`, `CONSTRAINT ${ident(k.name)} ON DOMAIN ${name}`, k.comment);
    }
    comment(d.schema, `${d.schema}.${d.name}`, `DOMAIN ${name}`, d.comment);
  }
  for (const c of rows['composites'] ?? []) {
    const name = qualified(c.schema, c.name);
    const attrs = ((c.attributes as Row[] | null) ?? []).map((a) => `${ident(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`);
    out.push({ schema: c.schema, kind: 'type', object: `${c.schema}.${c.name}`, sql: `CREATE TYPE ${name} AS (${attrs.join(', ')});` });
    comment(c.schema, `${c.schema}.${c.name}`, `TYPE ${name}`, c.comment);
    for (const a of (c.attributes as Row[] | null) ?? []) comment(c.schema, `${c.schema}.${c.name}`, `COLUMN ${name}.${ident(a.name)}`, a.comment);
  }
  for (const f of rows['functions'] ?? []) {
    const def = (f.definition as string).trimEnd();
    out.push({ schema: f.schema, kind: 'function', object: `${f.schema}.${f.name}`, sql: def.endsWith(';') ? def : `${def};` });
    comment(f.schema, `${f.schema}.${f.name}`, `${f.kind === 'p' ? 'PROCEDURE' : 'FUNCTION'} ${qualified(f.schema, f.name)}(${f.args})`, f.comment);
  }
  for (const a of rows['aggregates'] ?? []) {
    const signature = `${qualified(a.schema, a.name)}(${a.args || '*'})`;
    const opts = [`SFUNC = ${a.sfunc}`, `STYPE = ${a.stype}`];
    if (a.finalfunc) opts.push(`FINALFUNC = ${a.finalfunc}`);
    if (a.finalextra) opts.push('FINALFUNC_EXTRA');
    // READ_ONLY is the default of plain aggregates, READ_WRITE of ordered-set ones
    if (a.finalmodify !== (a.kind === 'n' ? 'r' : 'w')) opts.push(`FINALFUNC_MODIFY = ${FINAL_MODIFY[a.finalmodify as string] ?? 'READ_ONLY'}`);
    if (a.kind === 'h') opts.push('HYPOTHETICAL');
    if (a.combinefunc) opts.push(`COMBINEFUNC = ${a.combinefunc}`);
    if (a.serialfunc) opts.push(`SERIALFUNC = ${a.serialfunc}`, `DESERIALFUNC = ${a.deserialfunc}`);
    if (a.initcond !== null && a.initcond !== undefined) opts.push(`INITCOND = ${literal(a.initcond as string)}`);
    if (a.sspace) opts.push(`SSPACE = ${a.sspace}`);
    // the moving-aggregate mode
    if (a.msfunc) opts.push(`MSFUNC = ${a.msfunc}`, `MINVFUNC = ${a.minvfunc}`, `MSTYPE = ${a.mstype}`);
    if (a.mfinalfunc) opts.push(`MFINALFUNC = ${a.mfinalfunc}`);
    if (a.mfinalextra) opts.push('MFINALFUNC_EXTRA');
    if (a.minitcond !== null && a.minitcond !== undefined) opts.push(`MINITCOND = ${literal(a.minitcond as string)}`);
    if (a.msspace) opts.push(`MSSPACE = ${a.msspace}`);
    if (a.sortop) opts.push(`SORTOP = ${a.sortop}`);
    if (a.parallel === 's' || a.parallel === 'r') opts.push(`PARALLEL = ${a.parallel === 's' ? 'SAFE' : 'RESTRICTED'}`);
    out.push({ schema: a.schema, kind: 'function', object: `${a.schema}.${a.name}`, sql: `CREATE AGGREGATE ${signature} (${opts.join(', ')});` });
    comment(a.schema, `${a.schema}.${a.name}`, `AGGREGATE ${signature}`, a.comment);
  }
  out.push(...operatorDdl(rows, comment)); // after the functions they call
  out.push(...castDdl(rows, comment)); // bind orders them after their functions and types
  const owned: DdlStatement[] = [];
  for (const s of rows['sequences'] ?? []) {
    const name = qualified(s.schema, s.name);
    out.push({ schema: s.schema, kind: 'sequence', object: `${s.schema}.${s.name}`, sql: `CREATE ${s.unlogged ? 'UNLOGGED ' : ''}SEQUENCE ${name}${sequenceClauses(s as SeqRow).map((c) => ` ${c}`).join('')};` });
    if (s.ownedBy) {
      const o = s.ownedBy as Row;
      owned.push({ schema: s.schema, kind: 'sequence', object: `${s.schema}.${s.name}`, sql: `ALTER SEQUENCE ${name} OWNED BY ${qualified(o.schema, o.table)}.${ident(o.column)};` });
    }
    comment(s.schema, `${s.schema}.${s.name}`, `SEQUENCE ${name}`, s.comment);
  }
  const tables = tableDdl(rows, comment);
  out.push(...tables.tables, ...tables.keys, ...tables.fks, ...owned);
  for (const v of rows['views'] ?? []) {
    const name = qualified(v.schema, v.name);
    const def = (v.definition as string).trim().replace(/;$/, '');
    const opts = (v.options as string[] | null)?.length ? ` WITH (${(v.options as string[]).join(', ')})` : '';
    out.push({ schema: v.schema, kind: 'view', object: `${v.schema}.${v.name}`, sql: `CREATE ${v.materialized ? 'MATERIALIZED ' : ''}VIEW ${name}${v.accessMethod ? ` USING ${ident(v.accessMethod as string)}` : ''}${opts} AS\n${def};` });
    for (const c of (v.compression as Row[] | null) ?? []) out.push({ schema: v.schema, kind: 'view', object: `${v.schema}.${v.name}`, sql: `ALTER MATERIALIZED VIEW ${name} ALTER COLUMN ${ident(c.name as string)} SET COMPRESSION ${c.method as string};` });
    // a view's column defaults (INSERT through the view): pg_attrdef rows of the view
    for (const c of (v.columnDefaults as Row[] | null) ?? []) out.push({ schema: v.schema, kind: 'view', object: `${v.schema}.${v.name}`, sql: `ALTER VIEW ${name} ALTER COLUMN ${ident(c.name)} SET DEFAULT ${c.default as string};` });
    comment(v.schema, `${v.schema}.${v.name}`, `${v.materialized ? 'MATERIALIZED ' : ''}VIEW ${name}`, v.comment);
    for (const c of (v.columnComments as Row[] | null) ?? []) comment(v.schema, `${v.schema}.${v.name}`, `COLUMN ${name}.${ident(c.name)}`, c.comment);
  }
  for (const i of rows['indexes'] ?? []) {
    out.push({ schema: i.schema, kind: 'index', object: `${i.schema}.${i.table}`, sql: `${i.definition};` });
    for (const [num, target] of (i.statistics as [number, number][] | null) ?? []) {
      out.push({ schema: i.schema, kind: 'index', object: `${i.schema}.${i.table}`, sql: `ALTER INDEX ${qualified(i.schema, i.name)} ALTER COLUMN ${num} SET STATISTICS ${target};` });
    }
    comment(i.schema, `${i.schema}.${i.table}`, `INDEX ${qualified(i.schema, i.name)}`, i.comment);
  }
  // partition indexes (keys' too) attached to their partitioned index, once both exist
  for (const a of rows['indexAttachments'] ?? []) {
    out.push({ schema: a.schema, kind: 'index', object: `${a.schema}.${a.table}`, sql: `ALTER INDEX ${qualified(a.parentSchema, a.parent)} ATTACH PARTITION ${qualified(a.schema, a.name)};` });
  }
  for (const c of rows['clustered'] ?? []) {
    out.push({ schema: c.schema, kind: 'index', object: `${c.schema}.${c.table}`, sql: `ALTER TABLE ONLY ${qualified(c.schema, c.table)} CLUSTER ON ${ident(c.name)};` });
  }
  for (const s of rows['statistics'] ?? []) {
    const object = `${s.tableSchema}.${s.table}`;
    out.push({ schema: s.tableSchema, kind: 'index', object, sql: `${s.definition};` });
    if (s.target != null) out.push({ schema: s.tableSchema, kind: 'index', object, sql: `ALTER STATISTICS ${qualified(s.schema, s.name)} SET STATISTICS ${s.target};` });
    comment(s.tableSchema, object, `STATISTICS ${qualified(s.schema, s.name)}`, s.comment);
  }
  for (const g of rows['triggers'] ?? []) {
    const table = qualified(g.schema, g.table);
    if (!g.clone) out.push({ schema: g.schema, kind: 'trigger', object: `${g.schema}.${g.table}`, sql: `${g.definition};` });
    const state = ({ D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' } as Record<string, string>)[g.enabled as string];
    // ONLY on a partitioned table and a clone: every trigger's state is its own, whatever order they are bound in
    const only = g.clone || g.partitioned ? 'ONLY ' : '';
    if (state) out.push({ schema: g.schema, kind: 'trigger', object: `${g.schema}.${g.table}`, sql: `ALTER TABLE ${only}${table} ${state} TRIGGER ${ident(g.name)};` });
    comment(g.schema, `${g.schema}.${g.table}`, `TRIGGER ${ident(g.name)} ON ${table}`, g.comment);
  }
  for (const r of rows['rules'] ?? []) {
    const table = qualified(r.schema, r.table);
    out.push({ schema: r.schema, kind: 'rule', object: `${r.schema}.${r.table}`, sql: r.definition as string });
    const state = ({ D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' } as Record<string, string>)[r.enabled as string];
    if (state) out.push({ schema: r.schema, kind: 'rule', object: `${r.schema}.${r.table}`, sql: `ALTER TABLE ${table} ${state} RULE ${ident(r.name)};` });
    comment(r.schema, `${r.schema}.${r.table}`, `RULE ${ident(r.name)} ON ${table}`, r.comment);
  }
  for (const r of rows['replicaIdentity'] ?? []) {
    const what = r.identity === 'f' ? 'FULL' : r.identity === 'n' ? 'NOTHING' : r.index ? `USING INDEX ${ident(r.index as string)}` : undefined;
    // 'i' without an index: the identity index was dropped, which PostgreSQL treats as NOTHING
    const sql = `ALTER TABLE ONLY ${qualified(r.schema, r.table)} REPLICA IDENTITY ${what ?? 'NOTHING'};`;
    out.push({ schema: r.schema, kind: 'table', object: `${r.schema}.${r.table}`, sql });
  }
  for (const r of rows['rowSecurity'] ?? []) {
    const table = qualified(r.schema, r.table);
    if (r.enabled) out.push({ schema: r.schema, kind: 'policy', object: `${r.schema}.${r.table}`, sql: `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;` });
    if (r.forced) out.push({ schema: r.schema, kind: 'policy', object: `${r.schema}.${r.table}`, sql: `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;` });
  }
  for (const p of rows['policies'] ?? []) {
    const table = qualified(p.schema, p.table);
    const parts = [`CREATE POLICY ${ident(p.name)} ON ${table}`];
    if (!p.permissive) parts.push('AS RESTRICTIVE');
    const cmd = ({ r: 'SELECT', a: 'INSERT', w: 'UPDATE', d: 'DELETE' } as Record<string, string>)[p.command as string];
    if (cmd) parts.push(`FOR ${cmd}`);
    if (p.roles) parts.push(`TO ${(p.roles as string[]).join(', ')}`);
    if (p.using) parts.push(`USING (${p.using})`);
    if (p.check) parts.push(`WITH CHECK (${p.check})`);
    out.push({ schema: p.schema, kind: 'policy', object: `${p.schema}.${p.table}`, sql: `${parts.join(' ')};` });
    comment(p.schema, `${p.schema}.${p.table}`, `POLICY ${ident(p.name)} ON ${table}`, p.comment);
  }
  for (const i of rows['constraintIndexComments'] ?? []) comment(i.schema, `${i.schema}.${i.name}`, `INDEX ${qualified(i.schema, i.name)}`, i.comment);
  // privileges after every object; default privileges last (bind applies them to objects written after them)
  return [...out, ...comments, ...privilegeDdl(rows), ...defaultPrivilegeDdl(rows)];
}

/** The statements as one script, a blank line between statements. */
export function ddlText(stmts: DdlStatement[]): string {
  return stmts.map((s) => s.sql).join('\n\n') + (stmts.length ? '\n' : '');
}
