/**
 * Rewrites a golden case so that every name it defines needs quoting: `t` becomes `"Ü ""q t"` (upper
 * case, a non-ASCII letter, a space and an embedded double quote). The rewrite is token-based (the
 * PostgreSQL scanner), so comments, layout and statements the deparser might print differently stay
 * as written:
 * - the names to rewrite are those the case defines (tables, columns, constraints, indexes,
 *   sequences, types, functions, schemas, views, triggers, policies, statistics), read from the
 *   parse trees of from.sql and to.sql, less SQL keywords (a keyword token cannot be told from
 *   syntax without a parse, so such names stay as they are on every side);
 * - a prefix keeps PostgreSQL's implicit names consistent (`t_pkey` of table `t` is
 *   `"Ü ""q t_pkey"`), so identifiers that start with a defined table name and `_` are rewritten too;
 *   those that spell columns (`t_a_key`, `t_id_seq`) get each column renamed, as PostgreSQL builds them;
 * - names inside nextval('…') / '…'::regclass literals, `-- pgshift:renamed-from` hints and
 *   function bodies (dollar- or single-quoted) are rewritten the same way.
 */
import { parseSync, scanSync } from 'libpg-query';
import { ident } from '../../lib/source/quote.js';

export const QUOTE_PREFIX = 'Ü "q ';

type Obj = Record<string, any>;

const DEFINING: Record<string, (o: Obj) => unknown[]> = {
  CreateStmt: (o) => [o.relation?.relname],
  ViewStmt: (o) => [o.view?.relname, ...strs(o.aliases)],
  CreateTableAsStmt: (o) => [o.into?.rel?.relname],
  CreateSeqStmt: (o) => [o.sequence?.relname],
  IndexStmt: (o) => [o.idxname],
  ColumnDef: (o) => [o.colname],
  Constraint: (o) => [o.conname],
  CreateTrigStmt: (o) => [o.trigname],
  CreatePolicyStmt: (o) => [o.policy_name],
  CreateSchemaStmt: (o) => [o.schemaname],
  CreateEnumStmt: (o) => strs(o.typeName).slice(-1),
  CompositeTypeStmt: (o) => [o.typevar?.relname],
  CreateDomainStmt: (o) => strs(o.domainname).slice(-1),
  CreateRangeStmt: (o) => strs(o.typeName).slice(-1),
  CreateFunctionStmt: (o) => strs(o.funcname).slice(-1),
  DefineStmt: (o) => strs(o.defnames).slice(-1),
  CreateStatsStmt: (o) => strs(o.defnames).slice(-1),
  RenameStmt: (o) => [o.newname],
};

function strs(list: unknown): string[] {
  return Array.isArray(list) ? list.map((n: Obj) => n?.String?.sval).filter((s): s is string => typeof s === 'string') : [];
}

function collect(n: unknown, out: Set<string>, tables: Set<string>): void {
  if (Array.isArray(n)) return n.forEach((x) => collect(x, out, tables));
  if (!n || typeof n !== 'object') return;
  for (const [k, v] of Object.entries(n as Obj)) {
    const f = DEFINING[k];
    if (f) for (const name of f(v)) if (typeof name === 'string' && name) out.add(name);
    if (k === 'CreateStmt' && v.relation?.relname) tables.add(v.relation.relname);
    collect(v, out, tables);
  }
}

/** Is the word a keyword of the scanner (of any category)? */
function isKeyword(word: string): boolean {
  const t = scanSync(word).tokens;
  return t.length !== 1 || t[0]!.keywordName !== 'NO_KEYWORD';
}

export interface RenameSet {
  names: Set<string>;
  tables: string[];
}

/** The names a case defines (folded, as PostgreSQL stores them). */
export function namesOf(sqls: string[]): RenameSet {
  const names = new Set<string>();
  const tables = new Set<string>();
  for (const sql of sqls) {
    try {
      collect(parseSync(sql), names, tables);
    } catch {
      // a file the parser rejects is left to the case itself
    }
  }
  for (const n of [...names]) if (isKeyword(n) || n.startsWith('pg_') || n === 'public') names.delete(n);
  return { names, tables: [...tables].filter((t) => names.has(t)).sort((a, b) => b.length - a.length) };
}

/** Suffixes of PostgreSQL's implicit names (`<table>_<columns>_<suffix>`). */
const SUFFIXES = ['seq', 'key', 'check', 'fkey', 'idx', 'excl', 'not_null'];

/** `<table>_<col>[_<col>…]_<suffix>` with defined columns: each part renamed, as PostgreSQL would build it. */
function implicitName(set: RenameSet, table: string, rest: string): string | undefined {
  for (const suffix of SUFFIXES) {
    if (!rest.endsWith(`_${suffix}`)) continue;
    const cols = splitColumns(set, rest.slice(0, -suffix.length - 1));
    if (!cols) continue;
    const name = [QUOTE_PREFIX + table, ...cols.map((c) => QUOTE_PREFIX + c), suffix].join('_');
    if (Buffer.byteLength(name) <= 63) return name;
  }
  return undefined;
}

/** `a_b_c` as a sequence of defined names (longest first), or undefined. */
function splitColumns(set: RenameSet, s: string): string[] | undefined {
  if (set.names.has(s)) return [s];
  const parts = s.split('_');
  for (let i = parts.length - 1; i >= 1; i--) {
    const head = parts.slice(0, i).join('_');
    if (!set.names.has(head)) continue;
    const tail = splitColumns(set, parts.slice(i).join('_'));
    if (tail) return [head, ...tail];
  }
  return undefined;
}

function renamed(set: RenameSet, name: string): string | undefined {
  // an implicit-looking name is built like PostgreSQL's own, even where a case spells it out
  const table = set.tables.find((t) => name.startsWith(`${t}_`));
  const implicit = table ? implicitName(set, table, name.slice(table.length + 1)) : undefined;
  if (implicit) return implicit;
  if (set.names.has(name) || table) return QUOTE_PREFIX + name;
  return undefined;
}

/** The folded name of an identifier token. */
function folded(token: string): string {
  return token.startsWith('"') ? token.slice(1, -1).replace(/""/g, '"') : token.toLowerCase();
}

/** A qualified name written inside a string literal ('s.t', '"S"."T"'), each part renamed. */
function renameQualifiedText(set: RenameSet, text: string): string {
  const parts = text.match(/"(?:[^"]|"")*"|[^.]+/g) ?? [];
  return parts.map((p) => {
    const r = renamed(set, folded(p));
    return r ? ident(r) : p;
  }).join('.');
}

function sconst(set: RenameSet, tok: string): string {
  const m = /^'((?:[^']|'')*)'$/.exec(tok);
  if (!m) return tok;
  const inner = renameQualifiedText(set, m[1]!.replace(/''/g, "'"));
  return `'${inner.replace(/'/g, "''")}'`;
}

/** Rewrite one SQL text (recursively for dollar-quoted bodies). */
export function renameIdentifiers(set: RenameSet, sql: string): string {
  const buf = Buffer.from(sql, 'utf8');
  let tokens;
  try {
    tokens = scanSync(sql).tokens;
  } catch {
    return sql;
  }
  let out = '';
  let pos = 0;
  const text = (i: number) => (tokens[i] ? buf.subarray(tokens[i]!.start, tokens[i]!.end).toString('utf8') : '');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out += buf.subarray(pos, t.start).toString('utf8');
    pos = t.end;
    const raw = text(i);
    let rep = raw;
    if (t.tokenName === 'IDENT') {
      const r = renamed(set, folded(raw));
      if (r) rep = ident(r);
    } else if (t.tokenName === 'SCONST' && raw.startsWith('$')) {
      const m = /^(\$[^$]*\$)([\s\S]*)\1$/.exec(raw);
      if (m) rep = `${m[1]}${renameIdentifiers(set, m[2]!)}${m[1]}`;
    } else if (t.tokenName === 'SCONST') {
      const prevFn = text(i - 2).toLowerCase();
      const seqCall = text(i - 1) === '(' && ['nextval', 'currval', 'setval'].includes(prevFn);
      const regclass = text(i + 1) === '::' && text(i + 2).toLowerCase() === 'regclass';
      if (seqCall || regclass) rep = sconst(set, raw);
      else if (text(i - 1).toUpperCase() === 'AS' && /^'/.test(raw)) {
        // a function body in single quotes
        const body = raw.slice(1, -1).replace(/''/g, "'");
        rep = `'${renameIdentifiers(set, body).replace(/'/g, "''")}'`;
      }
    } else if (t.tokenName === 'SQL_COMMENT') {
      const m = /^(--\s*pgshift:renamed-from\s+)("(?:[^"]|"")+"|[^\s"']+)(\s*)$/.exec(raw);
      if (m) {
        const r = renamed(set, folded(m[2]!));
        if (r) rep = `${m[1]}${ident(r)}${m[3]}`;
      }
    }
    out += rep;
  }
  out += buf.subarray(pos).toString('utf8');
  return out;
}
