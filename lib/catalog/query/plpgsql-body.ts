/**
 * What a PL/pgSQL body needs when it is created. With check_function_bodies on (the default),
 * CREATE FUNCTION / PROCEDURE … LANGUAGE plpgsql compiles the body, and compiling resolves the type
 * of every declaration, in every block and cursor argument list: a type name (`items`, `public.items[]`,
 * a domain, an enum, a table's or view's row type), `rel%ROWTYPE`, `[schema.]rel.column%TYPE` and,
 * on PostgreSQL 16 and older, `name%TYPE` naming a type rather than a variable. What is missing fails
 * the CREATE (42P01, 42704). The SQL statements and expressions of the body are only parsed: the tables
 * they read need not exist yet, and PostgreSQL records no dependency for any of it, so these are
 * creation-order needs only.
 *
 * The declarations are read from the body's tokens (PostgreSQL's own scanner, which PL/pgSQL uses too),
 * not from libpg_query's PL/pgSQL compiler: that one has no catalogue, takes every unknown type for a
 * record, and so rejects ordinary bodies (`r.col := …` on a `%ROWTYPE` variable, a domain variable in a
 * multi-target INTO, PostgreSQL 17's `%TYPE[]`), which would lose exactly the dependencies wanted here.
 */
import type { Node, TypeName } from '@pgsql/types';
import type { Catalog } from '../model/catalog.js';
import { type Dependencies, emptyDependencies } from '../model/view.js';
import { parseSql, scanSql } from '../../parse/wasm-parser.js';
import { typeFromNode } from './types.js';
import { resolveUserType } from './resolve.js';
import { truncateIdent } from './names.js';

/** The type a declaration gives its variable, as written. */
export type DeclaredType =
  /** A type name, as SQL text: `int`, `public.items[]`, `"My Type"`. */
  | { kind: 'type'; text: string }
  /** `rel%ROWTYPE` / `schema.rel%ROWTYPE` (`[]` after it, PostgreSQL 17, changes nothing here). */
  | { kind: 'rowtype'; names: string[] }
  /** `name%TYPE` (a variable, or a type), `rel.column%TYPE`, `schema.rel.column%TYPE`. */
  | { kind: 'copytype'; names: string[] };

export interface Declaration {
  /** The variable's name; cursor arguments have none (they are not visible to later declarations). */
  name?: string;
  type: DeclaredType;
}

interface Token {
  text: string;
  /** The word in upper case when the token is an identifier or keyword, else ''. */
  word: string;
  /** An identifier or a keyword (unquoted words are folded to lower case, as PostgreSQL does). */
  ident?: string;
}

/** Tokens after which a statement, so a block with DECLARE, may start. */
const STATEMENT_START = new Set([';', '>>', 'BEGIN', 'THEN', 'ELSE', 'LOOP']);

/** Where a declaration's type ends (PL/pgSQL's read_datatype stops at these outside parentheses). */
const TYPE_END = new Set([';', 'COLLATE', 'NOT', 'DEFAULT', ':=', '=']);

function tokens(body: string): Token[] | undefined {
  let scanned;
  try {
    scanned = scanSql(body).tokens;
  } catch {
    return undefined; // not scannable: PostgreSQL would reject the body anyway
  }
  return scanned.map((t) => {
    const word = t.tokenName === 'IDENT' || t.keywordKind > 0 ? t.text : '';
    const tok: Token = { text: t.text, word: word.startsWith('"') ? '' : word.toUpperCase() };
    if (word) tok.ident = word.startsWith('"') ? word.slice(1, -1).replace(/""/g, '"') : word.replace(/[A-Z]+/g, (s) => s.toLowerCase());
    return tok;
  });
}

/** The declarations of every block of a PL/pgSQL body, in order; empty when the body cannot be scanned. */
export function plpgsqlDeclarations(body: string): Declaration[] {
  const toks = tokens(body);
  if (!toks) return [];
  const out: Declaration[] = [];
  let i = 0;
  // compiler options come first: #variable_conflict error, #print_strict_params on, #option dump
  while (toks[i]?.text === '#') i += 3;
  const start = i;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.word === 'DECLARE' && (i === start || STATEMENT_START.has(toks[i - 1]!.word || toks[i - 1]!.text))) i = declareSection(toks, i + 1, out);
    else i++;
  }
  return out;
}

/** Read the declarations after DECLARE up to the block's BEGIN; returns the index after them. */
function declareSection(toks: Token[], i: number, out: Declaration[]): number {
  for (;;) {
    // a section may repeat DECLARE and carry <<labels>>
    while (toks[i]?.word === 'DECLARE' || toks[i]?.text === '<<') i += toks[i]!.text === '<<' ? 3 : 1;
    const first = toks[i];
    if (!first || first.word === 'BEGIN') return i;
    let end = i;
    for (let depth = 0; end < toks.length; end++) {
      const x = toks[end]!.text;
      if (x === '(' || x === '[') depth++;
      else if (x === ')' || x === ']') depth--;
      else if (x === ';' && depth <= 0) break;
    }
    declaration(toks.slice(i, end), out);
    i = end + 1;
  }
}

/** One declaration: `name [CONSTANT] type …`, `name ALIAS FOR …` or `name [[NO] SCROLL] CURSOR [(args)] FOR …`. */
function declaration(d: Token[], out: Declaration[]): void {
  const name = d[0]?.ident;
  if (!name) return;
  let i = 1;
  if (d[i]?.word === 'ALIAS') return;
  if (d[i]?.word === 'NO' && d[i + 1]?.word === 'SCROLL') i += 2;
  else if (d[i]?.word === 'SCROLL') i++;
  if (d[i]?.word === 'CURSOR') {
    if (d[i + 1]?.text === '(') cursorArguments(d, i + 2, out);
    out.push({ name, type: { kind: 'type', text: 'refcursor' } });
    return;
  }
  i = 1;
  if (d[i]?.word === 'CONSTANT') i++;
  let end = i;
  for (let depth = 0; end < d.length; end++) {
    const x = d[end]!;
    if (x.text === '(' || x.text === '[') depth++;
    else if (x.text === ')' || x.text === ']') depth--;
    else if (depth === 0 && TYPE_END.has(x.word || x.text)) break;
  }
  const type = declaredType(d.slice(i, end));
  if (type) out.push({ name, type });
}

/** `(name type, …)` of a cursor: each argument's type is resolved at creation too. */
function cursorArguments(d: Token[], i: number, out: Declaration[]): void {
  let arg: Token[] = [];
  for (let depth = 0; i < d.length; i++) {
    const x = d[i]!.text;
    if (depth === 0 && (x === ',' || x === ')')) {
      const type = declaredType(arg.slice(1));
      if (type) out.push({ type });
      if (x === ')') return;
      arg = [];
      continue;
    }
    if (x === '(' || x === '[') depth++;
    else if (x === ')' || x === ']') depth--;
    arg.push(d[i]!);
  }
}

/** `a[.b[.c]]%TYPE` / `%ROWTYPE`, else a type name. */
function declaredType(t: Token[]): DeclaredType | undefined {
  if (!t.length) return undefined;
  const pct = t.findIndex((x) => x.text === '%');
  const suffix = pct > 0 ? t[pct + 1]?.word : undefined;
  if (suffix === 'TYPE' || suffix === 'ROWTYPE') {
    const names: string[] = [];
    for (let k = 0; k < pct; k += 2) {
      const n = t[k]!.ident;
      if (!n || (k + 1 < pct && t[k + 1]!.text !== '.')) return undefined;
      names.push(truncateIdent(n));
    }
    return suffix === 'TYPE' ? { kind: 'copytype', names } : { kind: 'rowtype', names };
  }
  return { kind: 'type', text: t.map((x) => x.text).join(' ') };
}

/** A relation with a row type (table, view, materialized view, composite type) through the search path. */
function rowTypeRelation(cat: Catalog, names: string[]): { schema: string; name: string; kind: 'relation' | 'composite' } | undefined {
  const name = names[names.length - 1]!;
  for (const s of names.length > 1 ? [names[names.length - 2]!] : cat.searchPath) {
    const k = `${s}.${name}`;
    if (cat.tables.has(k) || cat.views.has(k)) return { schema: s, name, kind: 'relation' };
    if (cat.composites.has(k)) return { schema: s, name, kind: 'composite' };
  }
  return undefined;
}

/** The type names of `texts`, parsed as PostgreSQL parses a declared type (`SELECT NULL::type`). */
function typeNames(texts: string[]): (TypeName | undefined)[] {
  const parse = (list: string[]): (TypeName | undefined)[] => {
    const tree = parseSql(`SELECT ${list.map((x) => `NULL::${x}`).join(', ')}`);
    const targets = ((tree.stmts?.[0]?.stmt as { SelectStmt?: { targetList?: Node[] } } | undefined)?.SelectStmt?.targetList ?? []) as Record<string, any>[];
    return targets.map((r) => r.ResTarget?.val?.TypeCast?.typeName as TypeName | undefined);
  };
  if (!texts.length) return [];
  try {
    const all = parse(texts);
    if (all.length === texts.length) return all;
  } catch {
    // one of them is not a type: take them one by one
  }
  return texts.map((x) => {
    try {
      return parse([x])[0];
    } catch {
      return undefined;
    }
  });
}

/**
 * What the declarations need to exist, resolved against `cat` (its search path being the one the
 * function is created with). `params` are the function's argument names: `name%TYPE` naming one of
 * them, or a variable declared before it, is a copy of that variable's type.
 */
export function declarationDependencies(decls: Declaration[], params: string[], cat: Catalog): Dependencies {
  const deps = emptyDependencies();
  const add = (list: string[], key: string) => {
    if (!list.includes(key)) list.push(key);
  };
  const rowType = (r: { schema: string; name: string; kind: 'relation' | 'composite' }) => {
    if (r.kind === 'relation') add(deps.relations, `${r.schema}.${r.name}`);
    add(deps.types, `${r.schema}.${r.name}`);
  };
  const variables = new Set(params);
  const named = decls.filter((d) => d.type.kind === 'type');
  const parsed = typeNames(named.map((d) => (d.type as { text: string }).text));
  const typeOf = new Map(named.map((d, k) => [d, parsed[k]]));
  for (const d of decls) {
    const t = d.type;
    if (t.kind === 'type') {
      const node = typeOf.get(d);
      const ref = node ? typeFromNode(node, cat) : undefined;
      const user = ref?.schema ? resolveUserType(cat, ref.schema, ref.name) : undefined;
      if (user) rowType({ schema: user.schema, name: user.name, kind: user.kind === 'table' ? 'relation' : 'composite' });
    } else if (t.kind === 'rowtype') {
      const r = t.names.length <= 2 ? rowTypeRelation(cat, t.names) : undefined;
      if (r) rowType(r);
    } else if (t.names.length === 1) {
      // a variable's type, else (PostgreSQL 16 and older) a type's: not a composite one
      const user = variables.has(t.names[0]!) ? undefined : resolveUserType(cat, undefined, t.names[0]!);
      if (user && user.kind !== 'table' && user.kind !== 'composite') add(deps.types, `${user.schema}.${user.name}`);
    } else if (t.names.length <= 3) {
      const r = rowTypeRelation(cat, t.names.slice(0, -1));
      const column = t.names[t.names.length - 1]!;
      if (r) {
        rowType(r);
        if (r.kind === 'relation') add(deps.columns, `${r.schema}.${r.name}.${column}`);
      }
    }
    if (d.name) variables.add(d.name);
  }
  return deps;
}
