/** Functions and procedures: CREATE [OR REPLACE], DROP. */
import { deparseSync } from '../libraries.js';
import type { Node } from '@pgsql/types';
import type { ChangeOf, OrderedSetArgs } from '../../diff/change.js';
import { orderedSetArgs } from '../../diff/functions.js';
import type { Func, TypeRef } from '../../catalog/model/catalog.js';
import { type FunctionArg } from '../../catalog/model/function.js';
import { identityArgs } from '../../catalog/query/function-identity.js';
import { typeSql } from '../ddl.js';
import { exprSql } from '../expr.js';
import { ident, literal, qualified } from '../../source/quote.js';

const MODE_SQL: Record<FunctionArg['mode'], string> = { in: '', out: 'OUT ', inout: 'INOUT ', variadic: 'VARIADIC ', table: '' };

function argSql(a: FunctionArg): string {
  return `${MODE_SQL[a.mode]}${a.name ? `${ident(a.name)} ` : ''}${typeSql(a.type)}${a.default ? ` DEFAULT ${exprSql(a.default)}` : ''}`;
}

/**
 * `schema.name(type, …)`: how DROP and COMMENT name a routine (an aggregate without arguments is `(*)`);
 * an ordered-set aggregate as PostgreSQL prints it, `(direct ORDER BY aggregated)`.
 */
export function signatureSql(f: { schema: string; name: string }, args: TypeRef[], aggregate = false, orderedSet?: OrderedSetArgs): string {
  if (orderedSet) return `${qualified(f.schema, f.name)}(${orderedSetSql(args, orderedSet)})`;
  const list = args.map((t) => typeSql({ ...t, mods: [] })).join(', ');
  return `${qualified(f.schema, f.name)}(${aggregate && !args.length ? '*' : list})`;
}

/**
 * `direct ORDER BY aggregated` (pg_get_function_identity_arguments): pg_proc keeps a VARIADIC last
 * direct argument once for both lists, so it is written again after ORDER BY.
 */
function orderedSetSql(args: TypeRef[], o: OrderedSetArgs): string {
  const sql = args.map((t, i) => `${o.variadic && i === args.length - 1 ? 'VARIADIC ' : ''}${typeSql({ ...t, mods: [] })}`);
  const direct = sql.slice(0, o.direct);
  const ordered = sql.length > o.direct ? sql.slice(o.direct) : sql.slice(-1);
  return `${direct.length ? `${direct.join(', ')} ` : ''}ORDER BY ${ordered.join(', ')}`;
}

const AGGREGATE_FUNCTIONS = new Set(['sfunc', 'finalfunc', 'combinefunc', 'serialfunc', 'deserialfunc', 'msfunc', 'minvfunc', 'mfinalfunc']);
const AGGREGATE_TYPES = new Set(['stype', 'mstype', 'basetype']);
const AGGREGATE_FLAGS = new Set(['finalfunc_extra', 'mfinalfunc_extra', 'hypothetical']);

/** SORTOP's `schema.op` as pg_dump writes it: `OPERATOR(pg_catalog.>)` (an operator name is never quoted). */
function operatorSql(v: string): string {
  const dot = v.search(/\.[^.]*$/);
  return dot < 0 ? v : `OPERATOR(${ident(v.slice(0, dot))}.${v.slice(dot + 1)})`;
}

/** CREATE AGGREGATE with its options, in the canonical order they are stored in. */
function aggregateSql(f: Func): string {
  const options = f.aggregate!.options.map(([k, v]) => {
    // FINALFUNC_EXTRA, MFINALFUNC_EXTRA, HYPOTHETICAL: kept only when true, written bare as pg_dump does
    if (AGGREGATE_FLAGS.has(k)) return `  ${k.toUpperCase()}`;
    const value = AGGREGATE_FUNCTIONS.has(k)
      ? v.split('.').map((p) => ident(p)).join('.')
      : AGGREGATE_TYPES.has(k) ? v : k === 'initcond' || k === 'minitcond' ? literal(v) : k === 'sortop' ? operatorSql(v) : v.toUpperCase();
    return `  ${k.toUpperCase()} = ${value}`;
  });
  return `CREATE AGGREGATE ${signatureSql(f, identityArgs(f).map((a) => a.type), true, orderedSetArgs(f))} (\n${options.join(',\n')}\n)`;
}

/** A dollar quote whose tag does not occur in the body, as pg_dump chooses it. */
function dollarQuote(body: string): string {
  let tag = '$$';
  for (let n = 0; body.includes(tag); n++) tag = `$${'_'.repeat(n + 1)}$`;
  return `${tag}${body}${tag}`;
}

function bodySql(f: Func): string {
  if (f.sqlBody) {
    const b = f.sqlBody.node as Record<string, any>;
    if (b.ReturnStmt) return `RETURN ${exprSql(b.ReturnStmt.returnval)}`;
    const stmts = (b.List?.items ?? []).flatMap((i: any) => i.List?.items ?? [i]);
    return `BEGIN ATOMIC\n${stmts.map((s: Node) => `  ${deparseSync(s, { pretty: false }).trim()};`).join('\n')}\nEND`;
  }
  const parts = f.body ?? [''];
  if (parts.length > 1) return `AS ${parts.map(literal).join(', ')}`;
  return `AS ${dollarQuote(parts[0]!)}`;
}

function settingSql([name, value]: [string, string]): string {
  if (value === 'FROM CURRENT') return `SET ${ident(name)} FROM CURRENT`;
  const values = value.split(/,\s*/).map((v) => (/^-?\d+(\.\d+)?$/.test(v) ? v : literal(v)));
  return `SET ${ident(name)} TO ${values.join(', ')}`;
}

function functionSql(f: Func, replace: boolean): string {
  const args = f.args.filter((a) => a.mode !== 'table');
  const lines = [`CREATE ${replace ? 'OR REPLACE ' : ''}${f.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${qualified(f.schema, f.name)}(${args.map(argSql).join(', ')})`];
  if (f.returns) {
    const table = f.args.filter((a) => a.mode === 'table');
    lines.push(table.length ? `RETURNS TABLE(${table.map(argSql).join(', ')})` : `RETURNS ${f.returns.setof ? 'SETOF ' : ''}${typeSql(f.returns.type)}`);
  }
  lines.push(`LANGUAGE ${ident(f.language)}`);
  const attrs: string[] = [];
  if (f.window) attrs.push('WINDOW');
  if (f.volatility !== 'volatile') attrs.push(f.volatility.toUpperCase());
  if (f.strict) attrs.push('STRICT');
  if (f.securityDefiner) attrs.push('SECURITY DEFINER');
  if (f.leakproof) attrs.push('LEAKPROOF');
  if (f.parallel !== 'unsafe') attrs.push(`PARALLEL ${f.parallel.toUpperCase()}`);
  if (f.cost !== undefined) attrs.push(`COST ${f.cost}`);
  if (f.rows !== undefined) attrs.push(`ROWS ${f.rows}`);
  if (attrs.length) lines.push(attrs.join(' '));
  if (f.support) lines.push(`SUPPORT ${qualified(f.support.schema, f.support.name)}`);
  lines.push(...f.set.map(settingSql));
  lines.push(bodySql(f));
  return lines.join('\n');
}

/** A body created before what it needs (a cycle) is not checked at creation, as pg_dump creates every function. */
const unchecked = (sql: string, c: { uncheckedBody?: boolean }) =>
  c.uncheckedBody ? ['SET check_function_bodies = false', sql, 'RESET check_function_bodies'] : [sql];

export const createFunction = (c: ChangeOf<'create_function'>) => unchecked(c.func.aggregate ? aggregateSql(c.func) : functionSql(c.func, false), c);
export const replaceFunction = (c: ChangeOf<'replace_function'>) => unchecked(functionSql(c.func, true), c);
export const dropFunction = (c: ChangeOf<'drop_function'>) => [
  `DROP ${c.func.aggregate ? 'AGGREGATE' : c.func.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${signatureSql(c.func, identityArgs(c.func).map((a) => a.type), !!c.func.aggregate, orderedSetArgs(c.func))}`,
];
