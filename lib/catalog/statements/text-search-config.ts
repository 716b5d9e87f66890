/**
 * Text search configurations: CREATE TEXT SEARCH CONFIGURATION (PARSER = p | COPY = other) and
 * ALTER TEXT SEARCH CONFIGURATION … ADD / ALTER / DROP MAPPING. COPY copies the parser and the
 * mappings of a user configuration or of a built-in one (text-search-builtins.ts, generated from
 * PostgreSQL), so `COPY = english` and pg_dump's `PARSER = pg_catalog."default"` followed by its
 * ADD MAPPING statements compare equal.
 */
import type { AlterTSConfigurationStmt, DefineStmt, Node } from '@pgsql/types';
import type { Catalog, TsConfig } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, origin } from './context.js';
import { defElems, listItems, qualifiedFromList, strings } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';
import { TEXT_SEARCH_BUILTINS } from '../query/text-search-builtins.js';
import { builtinObjectName } from './text-search-dictionary.js';
import { configName, dictionaryName } from '../query/text-search-names.js';

const TOKENS = new Set(TEXT_SEARCH_BUILTINS.tokens);

export function resolveTsConfig(cat: Catalog, schema: string | undefined, name: string): TsConfig | undefined {
  const k = configName(cat, schema ? [schema, name] : [name], -1);
  return k ? cat.tsConfigs.get(k) : undefined;
}

const typeNameParts = (n: Node | undefined) => strings((n as { TypeName?: { names?: Node[] } } | undefined)?.TypeName?.names ?? (n ? [n] : []));

/** CREATE TEXT SEARCH CONFIGURATION name (PARSER = p) | (COPY = other). */
export function createTsConfig(ctx: ApplyContext, s: DefineStmt): void {
  const cat = ctx.cat;
  const q = qualifiedFromList(strings(s.defnames));
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  const k = `${schema}.${name}`;
  if (cat.tsConfigs.has(k)) return fail(ctx, 'duplicate-object', `text search configuration "${name}" already exists`);
  let parser: string | undefined;
  let copy: string[] | undefined;
  for (const d of defElems(s.definition)) {
    if (d.defname === 'parser') parser = builtinObjectName(typeNameParts(d.arg));
    else if (d.defname === 'copy') copy = typeNameParts(d.arg);
    else return fail(ctx, 'invalid-definition', `text search configuration parameter "${d.defname}" not recognized`);
  }
  if (parser && copy) return fail(ctx, 'invalid-definition', 'cannot specify both PARSER and COPY options');
  const c: TsConfig = { schema, name, parser: parser ?? 'default', mappings: new Map(), origin: origin(ctx) };
  if (copy) {
    const source = configName(cat, copy, ctx.pgVersion);
    if (!source) return fail(ctx, 'missing-object', `text search configuration "${copy.join('.')}" does not exist`);
    const user = cat.tsConfigs.get(source);
    if (user) {
      c.parser = user.parser;
      for (const [t, ds] of user.mappings) c.mappings.set(t, [...ds]);
    } else {
      const b = TEXT_SEARCH_BUILTINS.configs[source]!;
      c.parser = b.parser;
      for (const [tokens, ds] of b.mappings) for (const t of tokens) c.mappings.set(t, [...ds]);
    }
  } else if (!parser) return fail(ctx, 'invalid-definition', 'text search parser is required');
  else if (parser !== 'default' && !parser.includes('.')) return fail(ctx, 'missing-object', `text search parser "${parser}" does not exist`);
  cat.tsConfigs.set(k, c);
}

/** ALTER TEXT SEARCH CONFIGURATION name ADD / ALTER / DROP MAPPING …, ALTER MAPPING [FOR …] REPLACE old WITH new. */
export function alterTsConfig(ctx: ApplyContext, s: AlterTSConfigurationStmt): void {
  const cat = ctx.cat;
  const q = qualifiedFromList(strings(s.cfgname));
  const c = resolveTsConfig(cat, q.schema, q.name);
  if (!c) return fail(ctx, 'missing-object', `text search configuration "${q.name}" does not exist`);
  const tokens = strings(s.tokentype);
  // the default parser's token types are known; another parser's are not: taken as written
  if (c.parser === 'default') {
    const bad = tokens.find((t) => !TOKENS.has(t));
    if (bad) return fail(ctx, 'missing-object', `token type "${bad}" does not exist`);
  }
  const dicts: string[] = [];
  for (const d of s.dicts ?? []) {
    const parts = strings(listItems(d));
    const stored = dictionaryName(cat, parts);
    if (!stored) return fail(ctx, 'missing-object', `text search dictionary "${parts.join('.')}" does not exist`);
    dicts.push(stored);
  }
  switch (s.kind) {
    case 'ALTER_TSCONFIG_ADD_MAPPING':
      for (const t of tokens) if (c.mappings.has(t)) return fail(ctx, 'duplicate-object', `mapping for token type "${t}" already exists`);
      for (const t of tokens) c.mappings.set(t, [...dicts]);
      return;
    case 'ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN':
      for (const t of tokens) c.mappings.set(t, [...dicts]);
      return;
    case 'ALTER_TSCONFIG_REPLACE_DICT':
    case 'ALTER_TSCONFIG_REPLACE_DICT_FOR_TOKEN': {
      const [from, to] = dicts as [string, string];
      for (const [t, ds] of c.mappings) {
        if (s.kind === 'ALTER_TSCONFIG_REPLACE_DICT_FOR_TOKEN' && !tokens.includes(t)) continue;
        c.mappings.set(t, ds.map((x) => (x === from ? to : x)));
      }
      return;
    }
    case 'ALTER_TSCONFIG_DROP_MAPPING':
      for (const t of tokens) {
        if (!c.mappings.has(t) && !s.missing_ok) return fail(ctx, 'missing-object', `mapping for token type "${t}" does not exist`);
      }
      for (const t of tokens) c.mappings.delete(t);
      return;
    default:
      return fail(ctx, 'invalid-definition', `unexpected ALTER TEXT SEARCH CONFIGURATION form ${s.kind}`);
  }
}

/** DROP TEXT SEARCH CONFIGURATION (what uses it in expressions is not tracked: see README). */
export function dropTsConfig(ctx: ApplyContext, q: { schema?: string; name: string }, missingOk: boolean): void {
  const c = resolveTsConfig(ctx.cat, q.schema, q.name);
  if (!c) return void (!missingOk && fail(ctx, 'missing-object', `text search configuration "${q.name}" does not exist`));
  ctx.cat.tsConfigs.delete(`${c.schema}.${c.name}`);
}

/** ALTER TEXT SEARCH CONFIGURATION … RENAME TO / SET SCHEMA. */
export function moveTsConfig(ctx: ApplyContext, q: { schema?: string; name: string }, to: { schema?: string; name?: string }): void {
  const cat = ctx.cat;
  const c = resolveTsConfig(cat, q.schema, q.name);
  if (!c) return fail(ctx, 'missing-object', `text search configuration "${q.name}" does not exist`);
  const target = `${to.schema ?? c.schema}.${to.name ?? c.name}`;
  if (cat.tsConfigs.has(target)) return fail(ctx, 'duplicate-object', `text search configuration "${to.name ?? c.name}" already exists in schema "${to.schema ?? c.schema}"`);
  cat.tsConfigs.delete(`${c.schema}.${c.name}`);
  c.schema = to.schema ?? c.schema;
  c.name = to.name ?? c.name;
  cat.tsConfigs.set(target, c);
}
