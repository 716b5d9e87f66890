/**
 * squawk's `.squawk.toml` (the nearest one at or above the working directory), read by `pgshift lint` so a
 * team can switch without rewriting its settings. Keys: `excluded_rules` (rules off; squawk ids mapped),
 * `excluded_paths` (added to `exclude`), `pg_version` (`"13.0"`), `assume_in_transaction`. pgshift's own
 * config and the command line win over it. Only the TOML these keys use is read: strings, booleans, arrays
 * of strings (on several lines too), comments and `[tables]`, whose keys are ignored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../source/diagnostic.js';

export const SQUAWK_CONFIG_FILE = '.squawk.toml';

export interface SquawkSettings {
  path: string;
  excludedRules: string[];
  excludedPaths: string[];
  pgVersion?: string;
  assumeInTransaction?: boolean;
}

export function findSquawkConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const p = join(dir, SQUAWK_CONFIG_FILE);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

type Value = string | boolean | number | string[];

/** Parses the top-level `key = value` pairs of a small TOML file; problems are diagnostics with a location. */
export function parseSquawkToml(text: string, path: string): { values: Map<string, { value: Value; at: number }>; diagnostics: Diagnostic[] } {
  const values = new Map<string, { value: Value; at: number }>();
  const diagnostics: Diagnostic[] = [];
  let section = '';
  let i = 0;
  const lines = text.split('\n');
  let offset = 0;
  const fail = (message: string, at: number) => diagnostics.push({ code: 'config-error', severity: 'error', message: `${SQUAWK_CONFIG_FILE}: ${message}`, file: path, span: { start: at, end: at + 1 } });
  while (i < lines.length) {
    const start = offset;
    let line = lines[i]!.replace(/\s+#.*$|^\s*#.*$/, '').trim();
    offset += lines[i]!.length + 1;
    i++;
    if (!line) continue;
    const sec = /^\[([^\]]+)\]$/.exec(line);
    if (sec) {
      section = sec[1]!.trim();
      continue;
    }
    const kv = /^([A-Za-z0-9_-]+)\s*=\s*(.*)$/.exec(line);
    if (!kv) {
      fail(`cannot read "${line}"`, start);
      continue;
    }
    let raw = kv[2]!.trim();
    // arrays may span several lines
    while (raw.startsWith('[') && !raw.endsWith(']') && i < lines.length) {
      line = lines[i]!.replace(/\s+#.*$|^\s*#.*$/, '').trim();
      offset += lines[i]!.length + 1;
      i++;
      raw += ' ' + line;
    }
    const value = parseValue(raw);
    if (value === undefined) {
      fail(`cannot read the value of ${kv[1]}`, start);
      continue;
    }
    if (!section) values.set(kv[1]!, { value, at: start });
  }
  return { values, diagnostics };
}

function parseValue(raw: string): Value | undefined {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  const str = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$/.exec(raw);
  if (str) return str[1] !== undefined ? str[1].replace(/\\(.)/g, '$1') : str[2]!;
  if (raw.startsWith('[') && raw.endsWith(']')) {
    const items = [...raw.slice(1, -1).matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|([^,\s]+)/g)];
    if (items.some((m) => m[3] !== undefined)) return undefined;
    return items.map((m) => (m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!));
  }
  return undefined;
}

/** Reads the nearest `.squawk.toml`, if any. */
export function loadSquawkConfig(cwd: string): { settings?: SquawkSettings; diagnostics: Diagnostic[] } {
  const path = findSquawkConfig(cwd);
  if (!path) return { diagnostics: [] };
  const { values, diagnostics } = parseSquawkToml(readFileSync(path, 'utf8'), path);
  const settings: SquawkSettings = { path, excludedRules: [], excludedPaths: [] };
  const list = (k: string): string[] => {
    const v = values.get(k);
    if (v === undefined) return [];
    if (Array.isArray(v.value)) return v.value;
    diagnostics.push({ code: 'config-error', severity: 'error', message: `${SQUAWK_CONFIG_FILE}: ${k} must be an array of strings`, file: path, span: { start: v.at, end: v.at + k.length } });
    return [];
  };
  settings.excludedRules = list('excluded_rules');
  settings.excludedPaths = list('excluded_paths');
  const pg = values.get('pg_version');
  if (pg !== undefined) settings.pgVersion = String(pg.value);
  const assume = values.get('assume_in_transaction');
  if (assume !== undefined) {
    if (typeof assume.value === 'boolean') settings.assumeInTransaction = assume.value;
    else diagnostics.push({ code: 'config-error', severity: 'error', message: `${SQUAWK_CONFIG_FILE}: assume_in_transaction must be true or false`, file: path, span: { start: assume.at, end: assume.at + 1 } });
  }
  return { settings, diagnostics };
}

/**
 * The lint configuration with `.squawk.toml` applied under pgshift's own settings: its excluded rules are off
 * unless `rules` names them, its excluded paths are added to `exclude`, and `pg_version` /
 * `assume_in_transaction` apply when pgshift.config.json does not set `pgVersion` / `assumeInTransaction`.
 */
export function withSquawkSettings<C extends { path?: string; rules: Record<string, unknown>; exclude: string[]; pgVersion: number; assumeInTransaction: boolean }>(
  config: C,
  cwd: string,
  o: { parseVersion: (v: string) => number | undefined; ruleIds: (squawkId: string) => string[]; known: (id: string) => boolean },
): { config: C; diagnostics: Diagnostic[] } {
  const { settings, diagnostics } = loadSquawkConfig(cwd);
  if (!settings) return { config, diagnostics };
  let own: Record<string, unknown> = {};
  try {
    if (config.path) own = JSON.parse(readFileSync(config.path, 'utf8')) as Record<string, unknown>;
  } catch {
    // the pgshift config was already validated; unreadable here means no keys of its own
  }
  const rules: Record<string, unknown> = {};
  for (const id of settings.excludedRules) {
    const ids = o.ruleIds(id).filter(o.known);
    if (ids.length === 0) diagnostics.push({ code: 'config-error', severity: 'error', message: `${SQUAWK_CONFIG_FILE}: unknown rule "${id}" in excluded_rules`, file: settings.path, help: 'List the rule ids with `pgshift rules`.' });
    for (const x of ids) rules[x] = 'off';
  }
  const out: C = { ...config, rules: { ...rules, ...config.rules }, exclude: [...config.exclude, ...settings.excludedPaths] };
  if (settings.pgVersion !== undefined && own.pgVersion === undefined) {
    const v = o.parseVersion(settings.pgVersion);
    if (v === undefined) diagnostics.push({ code: 'config-error', severity: 'error', message: `${SQUAWK_CONFIG_FILE}: pg_version "${settings.pgVersion}" is not a version the linter knows`, file: settings.path });
    else out.pgVersion = v;
  }
  if (settings.assumeInTransaction !== undefined && own.assumeInTransaction === undefined) out.assumeInTransaction = settings.assumeInTransaction;
  return { config: out, diagnostics };
}
