/**
 * Text search dictionaries: CREATE / ALTER / DROP / RENAME / SET SCHEMA of TEXT SEARCH DICTIONARY.
 * Names are stored as query/text-search-names.ts says; templates (not modelled) as written, pg_catalog bare.
 */
import type { AlterTSDictionaryStmt, DefElem, DefineStmt, Node } from '@pgsql/types';
import type { Catalog, TsDictionary } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, origin } from './context.js';
import { defElems, qualifiedFromList, strings } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';
import { tsStoredName } from '../query/text-search-names.js';

const TEMPLATES = new Set(['simple', 'synonym', 'thesaurus', 'ispell', 'snowball']);

export function resolveTsDictionary(cat: Catalog, schema: string | undefined, name: string): TsDictionary | undefined {
  const k = tsStoredName(cat, cat.tsDictionaries, () => false, schema ? [schema, name] : [name]);
  return k ? cat.tsDictionaries.get(k) : undefined;
}

/** A template or parser name: not modelled, kept as written (pg_catalog bare) so that both sides compare. */
export function builtinObjectName(parts: string[]): string {
  const q = qualifiedFromList(parts.map(truncateIdent));
  if (!q.schema || q.schema === 'pg_catalog') return q.name;
  return `${q.schema}.${q.name}`;
}

/** An option's value as PostgreSQL stores it in dictinitoption: the text of the word, string or number. */
function optionValue(d: DefElem): string | undefined {
  const o = d.arg as Record<string, any> | undefined;
  if (!o) return undefined;
  if (o.String) return o.String.sval ?? '';
  if (o.TypeName) return strings(o.TypeName.names).join('.');
  if (o.Integer) return String(o.Integer.ival ?? 0);
  if (o.Float) return String(o.Float.fval);
  if (o.Boolean) return o.Boolean.boolval ? 'true' : 'false';
  return undefined;
}

/** Set or (without a value) remove options, as ALTER TEXT SEARCH DICTIONARY does: a changed option moves to the end. */
function applyOptions(d: TsDictionary, options: DefElem[]): void {
  for (const o of options) {
    const name = (o.defname ?? '').toLowerCase();
    d.options = d.options.filter(([n]) => n !== name);
    const v = optionValue(o);
    if (v !== undefined) d.options.push([name, v]);
  }
}

/** CREATE TEXT SEARCH DICTIONARY name (TEMPLATE = t, option = value, …). */
export function createTsDictionary(ctx: ApplyContext, s: DefineStmt): void {
  const q = qualifiedFromList(strings(s.defnames));
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  const k = `${schema}.${name}`;
  if (ctx.cat.tsDictionaries.has(k)) return fail(ctx, 'duplicate-object', `text search dictionary "${name}" already exists`);
  const elems = defElems(s.definition);
  const template = elems.find((d) => d.defname === 'template');
  if (!template) return fail(ctx, 'invalid-definition', 'text search template is required');
  const templateName = builtinObjectName(strings((template.arg as { TypeName?: { names?: Node[] } }).TypeName?.names ?? [template.arg!]));
  if (!templateName.includes('.') && !TEMPLATES.has(templateName)) return fail(ctx, 'missing-object', `text search template "${templateName}" does not exist`);
  const d: TsDictionary = { schema, name, template: templateName, options: [], origin: origin(ctx) };
  const seen = new Set<string>();
  for (const o of elems) {
    if (o === template) continue;
    const n = (o.defname ?? '').toLowerCase();
    if (seen.has(n)) return fail(ctx, 'invalid-definition', `multiple ${o.defname} parameters`);
    seen.add(n);
  }
  applyOptions(d, elems.filter((o) => o !== template));
  ctx.cat.tsDictionaries.set(k, d);
}

/** ALTER TEXT SEARCH DICTIONARY name (option = value, option, …). */
export function alterTsDictionary(ctx: ApplyContext, s: AlterTSDictionaryStmt): void {
  const q = qualifiedFromList(strings(s.dictname));
  const d = resolveTsDictionary(ctx.cat, q.schema, q.name);
  if (!d) return fail(ctx, 'missing-object', `text search dictionary "${q.name}" does not exist`);
  const elems = defElems(s.options);
  if (elems.some((o) => o.defname?.toLowerCase() === 'template')) return fail(ctx, 'invalid-definition', 'cannot change the template of a text search dictionary');
  applyOptions(d, elems);
}

/** A dictionary's stored key changed (RENAME, SET SCHEMA): configurations' mappings follow (PostgreSQL stores its OID). */
export function dictionaryMoved(cat: Catalog, from: string, to: string): void {
  for (const c of cat.tsConfigs.values()) for (const [t, ds] of c.mappings) c.mappings.set(t, ds.map((x) => (x === from ? to : x)));
}

/** Configurations whose mappings use dictionary `key`. */
export function configsUsing(cat: Catalog, key: string): string[] {
  return [...cat.tsConfigs].filter(([, c]) => [...c.mappings.values()].some((ds) => ds.includes(key))).map(([k]) => k);
}

/** DROP TEXT SEARCH DICTIONARY: the configurations using it block it, or go with it (CASCADE). */
export function dropTsDictionary(ctx: ApplyContext, q: { schema?: string; name: string }, cascade: boolean, missingOk: boolean): void {
  const d = resolveTsDictionary(ctx.cat, q.schema, q.name);
  if (!d) return void (!missingOk && fail(ctx, 'missing-object', `text search dictionary "${q.name}" does not exist`));
  const k = `${d.schema}.${d.name}`;
  const users = configsUsing(ctx.cat, k);
  if (users.length && !cascade) {
    return fail(ctx, 'dependent-objects', `cannot drop text search dictionary ${d.name} because other objects depend on it: ${users.map((u) => `text search configuration ${u}`).join(', ')}`, 'Use DROP ... CASCADE to drop the dependent objects too.');
  }
  for (const u of users) ctx.cat.tsConfigs.delete(u);
  ctx.cat.tsDictionaries.delete(k);
}

/** ALTER TEXT SEARCH DICTIONARY … RENAME TO / SET SCHEMA. */
export function moveTsDictionary(ctx: ApplyContext, q: { schema?: string; name: string }, to: { schema?: string; name?: string }): void {
  const cat = ctx.cat;
  const d = resolveTsDictionary(cat, q.schema, q.name);
  if (!d) return fail(ctx, 'missing-object', `text search dictionary "${q.name}" does not exist`);
  const from = `${d.schema}.${d.name}`;
  const target = `${to.schema ?? d.schema}.${to.name ?? d.name}`;
  if (cat.tsDictionaries.has(target)) return fail(ctx, 'duplicate-object', `text search dictionary "${to.name ?? d.name}" already exists in schema "${to.schema ?? d.schema}"`);
  cat.tsDictionaries.delete(from);
  d.schema = to.schema ?? d.schema;
  d.name = to.name ?? d.name;
  cat.tsDictionaries.set(target, d);
  dictionaryMoved(cat, from, target);
}
