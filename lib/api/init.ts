/**
 * `init`: starts a project. In an empty folder it writes pgshift.config.json, schema/, out/
 * and .gitignore entries for the embedded database. With `fromChain`, it adopts an existing
 * chain (pgshift, golang-migrate, diesel, dbmate or Flyway layout): the config points at it and
 * schema/ receives the schema the chain builds, so the next `generate` continues the chain
 * from its head. Nothing is overwritten; every file is written to a temporary name and renamed.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Diagnostic, hasErrors } from '../source/diagnostic.js';
import { CONFIG_FILE } from '../config/config.js';
import { isChainDir } from '../chain/read.js';
import { dumpCatalog } from './dump.js';
import { loadChain } from './load.js';

export interface InitOptions {
  /** An existing migration folder to adopt. */
  fromChain?: string;
  schemaDir?: string;
  outDir?: string;
  /** SQL file of the objects that exist before the chain's first revision (written as config `baseline`). */
  baseline?: string;
}

export interface InitResult {
  diagnostics: Diagnostic[];
  /** Paths created or changed, relative to the project folder. */
  written: string[];
  /** When adopting: the chain's format and revision count. */
  adopted?: { dir: string; format: string; revisions: number };
}

const GITIGNORE_LINES = ['.pgshift/'];

function writeNew(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export async function init(cwd: string, opts: InitOptions = {}): Promise<InitResult> {
  const diagnostics: Diagnostic[] = [];
  const written: string[] = [];
  const configPath = join(cwd, CONFIG_FILE);
  if (existsSync(configPath)) {
    return { diagnostics: [{ code: 'already-initialised', severity: 'error', message: `${CONFIG_FILE} already exists in ${cwd}`, file: configPath }], written };
  }
  const schemaDir = opts.schemaDir ?? 'schema';
  let outDir = opts.outDir ?? 'out';
  let schemaText: string | undefined;
  let adopted: InitResult['adopted'];
  if (opts.fromChain) {
    const dir = resolve(cwd, opts.fromChain);
    if (!isChainDir(dir)) {
      return { diagnostics: [{ code: 'not-a-chain', severity: 'error', message: `${opts.fromChain} is not a migration folder pgshift can read (pgshift, golang-migrate, diesel, dbmate or Flyway layout)` }], written };
    }
    const loaded = await loadChain(dir, { baseline: opts.baseline ? resolve(cwd, opts.baseline) : undefined });
    diagnostics.push(...loaded.diagnostics);
    if (hasErrors(loaded.diagnostics)) return { diagnostics, written };
    outDir = relative(cwd, dir) || '.';
    adopted = { dir: outDir, format: loaded.chain!.format, revisions: loaded.chain!.revisions.length };
    schemaText = `-- the schema built by the ${adopted.revisions} revision(s) of ${outDir} when pgshift adopted it\n\n${dumpCatalog(loaded.catalog)}`;
  }
  const schemaPath = join(cwd, schemaDir);
  if (existsSync(schemaPath) && readdirSync(schemaPath).some((f) => f.endsWith('.sql')) && schemaText !== undefined) {
    return { diagnostics: [...diagnostics, { code: 'schema-exists', severity: 'error', message: `${schemaDir}/ already holds SQL files; move them away to adopt ${opts.fromChain}` }], written };
  }
  mkdirSync(schemaPath, { recursive: true });
  written.push(`${schemaDir}/`);
  if (schemaText !== undefined) {
    writeNew(join(schemaPath, 'schema.sql'), schemaText);
    written.push(`${schemaDir}/schema.sql`);
  }
  if (!opts.fromChain) {
    mkdirSync(join(cwd, outDir), { recursive: true });
    written.push(`${outDir}/`);
  }
  const config = { $schema: 'https://pgshift.dev/schema/pgshift.config.json', schemaDir, outDir, ...(opts.baseline ? { baseline: relative(cwd, resolve(cwd, opts.baseline)) } : {}) };
  writeNew(configPath, JSON.stringify(config, null, 2) + '\n');
  written.push(CONFIG_FILE);
  const gitignore = join(cwd, '.gitignore');
  const existing = existsSync(gitignore) ? readFileSync(gitignore, 'utf8') : '';
  const missing = GITIGNORE_LINES.filter((l) => !existing.split(/\r?\n/).some((x) => x.trim() === l || x.trim() === l.replace(/\/$/, '')));
  if (missing.length) {
    appendFileSync(gitignore, `${existing && !existing.endsWith('\n') ? '\n' : ''}# pgshift's embedded development database\n${missing.join('\n')}\n`);
    written.push('.gitignore');
  }
  const r: InitResult = { diagnostics, written };
  if (adopted) r.adopted = adopted;
  return r;
}
