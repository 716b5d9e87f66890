/**
 * Loads `pgshift.config.json` (the nearest one at or above `cwd`, or an explicit path), validates it
 * against lib/config/schema.json with ajv, and applies defaults. Problems are diagnostics that name
 * the bad key and its location; nothing is thrown.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ErrorObject } from 'ajv';
import type { Diagnostic, Span } from '../source/diagnostic.js';
import { CONFIG_FILE, defaultConfig, type Config } from './config.js';
import type { RuleSeverity } from '../lint/types.js';
import { packagePath } from '../source/package-root.js';
import { filesKey, projectCacheDir, readEntry, writeEntry } from '../chain/cache-store.js';

let schemaCache: object | undefined;

/** ajv is loaded only when there is a config file to validate (a project without one does not pay for it). */
const require = createRequire(import.meta.url);

/** The shipped JSON Schema (lib/config/schema.json in the package). */
export function configSchema(): object {
  if (schemaCache) return schemaCache;
  const path = packagePath('lib', 'config', 'schema.json');
  if (existsSync(path)) return (schemaCache = JSON.parse(readFileSync(path, 'utf8')) as object);
  throw new Error('lib/config/schema.json is missing from the installation');
}

/**
 * The rule ids a config may name. A rule's id is its file name (`rules/<id>.ts`, checked by
 * test/config), so the ids are read from the rules folder: loading the rules themselves (60 modules
 * and the parser) would double the start-up time of a command that lints nothing.
 */
export function knownRuleIds(): Set<string> {
  const compiled = packagePath('dist', 'rules');
  const dir = existsSync(compiled) ? compiled : packagePath('rules'); // the sources, under a TypeScript runner
  const ids = new Set<string>();
  for (const f of readdirSync(dir)) {
    const m = /^(.+?)(?<!\.d)\.(js|ts)$/.exec(f);
    if (m && m[1] !== 'index') ids.add(m[1]!);
  }
  return ids;
}

export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const p = join(dir, CONFIG_FILE);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Span of the last key of a JSON pointer in the file text (best effort: the first `"key"` occurrence). */
function keySpan(text: string, pointer: string): Span | undefined {
  const parts = pointer.split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let from = 0;
  let at: Span | undefined;
  for (const p of parts) {
    const i = text.indexOf(JSON.stringify(p), from);
    if (i < 0) break;
    at = { start: i, end: i + JSON.stringify(p).length };
    from = at.end;
  }
  return at;
}

function describe(e: ErrorObject): { pointer: string; message: string } {
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    return { pointer: `${e.instancePath}/${key}`, message: `unknown key "${(e.instancePath + '/' + key).replace(/^\//, '').replace(/\//g, '.')}"` };
  }
  const key = e.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)';
  if (e.keyword === 'enum') return { pointer: e.instancePath, message: `"${key}" must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
  return { pointer: e.instancePath, message: `"${key}" ${e.message ?? 'is invalid'}` };
}

const SEVERITY: Record<string, RuleSeverity> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };

export function loadConfig(cwd: string, explicitPath?: string): { config: Config; diagnostics: Diagnostic[] } {
  const config = defaultConfig();
  const path = explicitPath ? resolve(cwd, explicitPath) : findConfig(cwd);
  if (!path) return { config, diagnostics: [] };
  const file = explicitPath ?? path;
  if (!existsSync(path)) {
    return { config, diagnostics: [{ code: 'config-error', severity: 'error', message: `config file ${file} does not exist`, file }] };
  }
  const text = readFileSync(path, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? Number(pos[1]) : 0;
    return { config, diagnostics: [{ code: 'config-error', severity: 'error', message: `invalid JSON: ${msg}`, file, span: { start: at, end: Math.min(text.length, at + 1) } }] };
  }
  const diagnostics: Diagnostic[] = [];
  // a text this build validated before against this schema is not validated again (compiling the
  // schema costs 40 ms a run); schema.json is not a compiled file, so its text is part of the key
  const cacheDir = projectCacheDir(dirname(path));
  const validKey = filesKey([{ path: CONFIG_FILE, text }], `config\0${JSON.stringify(configSchema())}`);
  if (readEntry<boolean>(cacheDir, 'config', validKey) !== true) {
    const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
    const ajv = new Ajv({ allErrors: true, useDefaults: false });
    const validate = ajv.compile(configSchema());
    if (!validate(raw)) {
      for (const e of validate.errors ?? []) {
        const d = describe(e);
        diagnostics.push({ code: 'config-error', severity: 'error', message: `${CONFIG_FILE}: ${d.message}`, file, span: keySpan(text, d.pointer) });
      }
      return { config, diagnostics };
    }
    if (existsSync(dirname(cacheDir))) writeEntry(cacheDir, 'config', validKey, true); // only where the project has its .pgshift folder
  }
  const { $schema: _schema, ...c } = raw as Partial<Omit<Config, 'rules'>> & { rules?: Record<string, string>; $schema?: string };
  const known = knownRuleIds();
  const rules: Record<string, RuleSeverity> = {};
  for (const [id, sev] of Object.entries(c.rules ?? {})) {
    if (!known.has(id)) {
      diagnostics.push({ code: 'config-error', severity: 'error', message: `${CONFIG_FILE}: unknown rule "rules.${id}"`, file, span: keySpan(text, `/rules/${id}`), help: 'List the rule ids with `pgshift rules`.' });
      continue;
    }
    rules[id] = SEVERITY[sev]!;
  }
  return {
    config: {
      ...config,
      ...c,
      versionTable: { ...config.versionTable, ...(c.versionTable ?? {}) },
      rules,
      path,
    },
    diagnostics,
  };
}
