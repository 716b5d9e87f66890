/**
 * Introspected operators, operator families and classes → DDL (for pull, drift and verify):
 * CREATE OPERATOR, CREATE OPERATOR FAMILY, CREATE OPERATOR CLASS with the members bound to it, and
 * ALTER OPERATOR FAMILY … ADD for the loose ones, as pg_dump writes them.
 */
import { literal, operatorName, qualified } from '../source/quote.js';
import type { DdlStatement, IntrospectRows } from './introspect-rows.js';

type Row = Record<string, any>;

/** `schema.op` as the query gives it → OPERATOR(schema.op). */
function operatorRef(qualifiedName: string): string {
  const dot = qualifiedName.indexOf('.');
  return `OPERATOR(${qualifiedName.slice(0, dot)}.${qualifiedName.slice(dot + 1)})`;
}

export function operatorDdl(rows: IntrospectRows, comment: (schema: string, object: string, target: string, text: string | null | undefined) => void): DdlStatement[] {
  const out: DdlStatement[] = [];
  for (const o of rows['operators'] ?? []) {
    const name = operatorName(o.schema, o.name);
    const opts = [`FUNCTION = ${o.function}`];
    if (o.left) opts.push(`LEFTARG = ${o.left}`);
    opts.push(`RIGHTARG = ${o.right}`);
    if (o.commutator) opts.push(`COMMUTATOR = ${operatorRef(o.commutator)}`);
    if (o.negator) opts.push(`NEGATOR = ${operatorRef(o.negator)}`);
    if (o.restrict) opts.push(`RESTRICT = ${o.restrict}`);
    if (o.join) opts.push(`JOIN = ${o.join}`);
    if (o.hashes) opts.push('HASHES');
    if (o.merges) opts.push('MERGES');
    const object = `${o.schema}.${o.name}`;
    out.push({ schema: o.schema, kind: 'function', object, sql: `CREATE OPERATOR ${name} (${opts.join(', ')});` });
    comment(o.schema, object, `OPERATOR ${name} (${o.left ?? 'NONE'}, ${o.right})`, o.comment);
  }
  const classes = rows['operatorClasses'] ?? [];
  for (const f of rows['operatorFamilies'] ?? []) {
    const family = `${qualified(f.schema, f.name)} USING ${f.method}`;
    const object = `${f.schema}.${f.name}`;
    out.push({ schema: f.schema, kind: 'function', object, sql: `CREATE OPERATOR FAMILY ${family};` });
    comment(f.schema, object, `OPERATOR FAMILY ${family}`, f.comment);
    const members = (f.members as Row[] | null) ?? [];
    for (const c of classes.filter((c: Row) => c.familySchema === f.schema && c.family === f.name && c.method === f.method)) {
      const items = members.filter((m) => m.class === c.name).map((m) => m.sql as string);
      items.push(`STORAGE ${c.storage ?? c.type}`);
      out.push({
        schema: c.schema, kind: 'function', object,
        sql: `CREATE OPERATOR CLASS ${qualified(c.schema, c.name)}${c.default ? ' DEFAULT' : ''} FOR TYPE ${c.type} USING ${c.method} FAMILY ${qualified(f.schema, f.name)} AS ${items.join(', ')};`,
      });
      comment(c.schema, object, `OPERATOR CLASS ${qualified(c.schema, c.name)} USING ${c.method}`, c.comment);
    }
    const loose = members.filter((m) => !m.class).map((m) => m.sql as string);
    if (loose.length) out.push({ schema: f.schema, kind: 'function', object, sql: `ALTER OPERATOR FAMILY ${family} ADD ${loose.join(', ')};` });
  }
  return out;
}

/** ALTER TABLE ONLY … SET (…) for a table's storage parameters (`name=value` as PostgreSQL keeps them). */
export function tableStorageDdl(t: Row): string | undefined {
  const opts = (t.options as string[] | null) ?? [];
  if (!opts.length) return undefined;
  const params = opts.map((p) => {
    const eq = p.indexOf('=');
    const v = p.slice(eq + 1);
    return `${p.slice(0, eq)} = ${/^[A-Za-z0-9_.+-]+$/.test(v) ? v : literal(v)}`;
  });
  return `ALTER TABLE ONLY ${qualified(t.schema, t.name)} SET (${params.join(', ')});`;
}
