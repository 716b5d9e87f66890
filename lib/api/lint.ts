/**
 * The lint operation behind `pgshift lint` and the typed API: expands paths (files, folders, globs,
 * chains), replays `--chain`, parses, lints in order. Reads files; never touches the terminal.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../source/diagnostic.js';
import type { SourceFile } from '../source/file.js';
import { initParser, parseFile, withFile, type ParsedFile } from '../parse/parse.js';
import type { Catalog } from '../catalog/model/catalog.js';
import { parseFiles } from '../parse/parallel.js';
import { isChainDir, readChain } from '../chain/read.js';
import { cachedReplay } from '../chain/cache.js';
import { projectSettings } from '../config/project.js';
import type { Revision } from '../chain/revision.js';
import type { Config } from '../config/config.js';
import { allRules } from '../../rules/index.js';
import type { Rule, RuleSeverity } from '../lint/types.js';
import { lint, replayForLint, type LintInput } from '../lint/engine.js';
import { excluded, expandGlob, globToRegExp, isGlob } from '../lint/paths.js';
import { readFile, sqlFilesUnder } from '../source/sql-files.js';
import { type LintRunResult } from '../lint/types.js';

export interface LintRunOptions {
  cwd: string;
  /** Files, folders, globs; `-` for `stdin`. Empty: the project's chain (config outDir). */
  paths: readonly string[];
  /** Text read from standard input, when a path is `-`. */
  stdin?: { text: string; path?: string };
  /** Chain folder whose revisions build the catalogue before the inputs. */
  chain?: string;
  config: Config;
  pgVersion?: number;
  assumeInTransaction?: boolean;
  /** Extra severities (CLI --rule-off / --rule-on), applied over the config. */
  severities?: Record<string, RuleSeverity>;
  rules?: readonly Rule[];
  /** A glob that matches no file is a usage error (default); false skips it (squawk's --no-error-on-unmatched-pattern). */
  errorOnUnmatchedPattern?: boolean;
  /** Files the caller has parsed already (generate: the revision it wrote; check: the chain it replayed), used when path and text match. */
  prepared?: readonly ParsedFile[];
  /**
   * The catalogue of the chain before the first linted file (baseline included), which the caller
   * has built already: the revisions before it are neither parsed nor replayed again. It is linted into.
   */
  context?: Catalog;
  /** A project's cache: the revisions before the first linted one come from the replay check and generate cached, when it has it (read only). */
  cacheDir?: string;
}

interface Step {
  file: SourceFile;
  /** Linted (true) or only applied to the catalogue (false). */
  lint: boolean;
  wrapped: boolean;
}

function revisionSteps(revs: readonly Revision[], wanted: (r: Revision) => boolean): Step[] {
  const last = revs.reduce((m, r, i) => (wanted(r) ? i : m), -1);
  return revs.slice(0, last + 1).map((r) => ({ file: r.up, lint: wanted(r), wrapped: !r.noTransaction }));
}

/**
 * The catalogue before the first linted file from the project's cache: when the files before it are
 * the chain's first revisions and `check` or `generate` cached their replay (with the baseline).
 * Undefined otherwise: they are then parsed and replayed here.
 */
function cachedContext(o: LintRunOptions, revisions: readonly Revision[], leading: readonly Step[], rel: (p: string) => string): { catalog: Catalog; partitioned: Set<string>; diagnostics: Diagnostic[] } | undefined {
  if (!o.cacheDir || !leading.length || leading.length > revisions.length) return undefined;
  if (leading.some((s, i) => s.file.text !== revisions[i]!.up.text)) return undefined;
  // the settings check and generate key their replay with
  const p = projectSettings(o.cwd, o.config);
  const baseline = p.baseline ? readFile(p.baseline, []) : undefined;
  if (p.baseline && !baseline) return undefined; // a missing baseline is reported by the replay below
  const entry = cachedReplay(revisions.slice(0, leading.length), o.cacheDir, { defaultSchema: p.defaultSchema, migrationRole: p.migrationRole, baseline: baseline ? [baseline] : [], pgVersion: p.migration.pgVersion });
  if (!entry) return undefined;
  // what parsing the context files reports (the entry has no errors: it would not have been written)
  const parse = entry.diagnostics.filter((d) => d.code === 'psql-meta-command').map((d) => ({ ...d, file: d.file && rel(d.file) }));
  return { catalog: entry.catalog, partitioned: new Set<string>(), diagnostics: parse };
}

/** The project's baseline (objects that exist before revision 1), parsed: it comes first in the context. */
function baselineParse(o: LintRunOptions, rel: (p: string) => string, usageErrors: Diagnostic[]): ParsedFile[] {
  const file = o.config.baseline ? readFile(resolve(o.cwd, o.config.baseline), usageErrors) : undefined;
  return file ? [parseFile({ ...file, path: rel(o.config.baseline!) })] : [];
}

/** The steps' files parsed: those the caller prepared as they are, the others on (for a large file) two threads. */
async function parseSteps(files: SourceFile[], o: LintRunOptions): Promise<ParsedFile[]> {
  const byPath = new Map((o.prepared ?? []).map((p) => [resolve(o.cwd, p.file.path), p]));
  const prepared = files.map((f) => {
    const p = byPath.get(resolve(o.cwd, f.path));
    return p && p.file.text === f.text ? p : undefined;
  });
  const rest = await parseFiles(files.filter((_, i) => !prepared[i]));
  return files.map((f, i) => (prepared[i] ? withFile(prepared[i]!, f) : rest.shift()!));
}

export async function runLint(o: LintRunOptions): Promise<LintRunResult> {
  await initParser();
  const usageErrors: Diagnostic[] = [];
  const excludes = o.config.exclude.map(globToRegExp);
  // Paths as the user reads them: relative inside the working directory, absolute outside it.
  const rel = (p: string) => {
    const r = relative(o.cwd, resolve(o.cwd, p));
    return (r === '' || r.startsWith('..') || isAbsolute(r) ? resolve(o.cwd, p) : r).split('\\').join('/');
  };

  // The chain given with --chain (or the project's out/ when no path is given) and its revision paths.
  const chainDir = o.chain ?? (o.paths.length === 0 ? o.config.outDir : undefined);
  let revisions: Revision[] = [];
  if (chainDir) {
    const abs = resolve(o.cwd, chainDir);
    if (!existsSync(abs)) {
      const message = o.chain ? `chain folder ${chainDir} does not exist` : `nothing to lint: no paths given and the project chain ${chainDir}/ does not exist`;
      usageErrors.push({ code: o.chain ? 'missing-file' : 'usage-error', severity: 'error', message });
    }
    else {
      revisions = readChain(abs).chain.revisions;
      // a folder of migrations in a layout pgshift does not read would lint as if nothing existed before
      if (o.chain && revisions.length === 0 && statSync(abs).isDirectory() && sqlFilesUnder(abs).length > 0) {
        usageErrors.push({ code: 'usage-error', severity: 'error', message: `chain folder ${chainDir} holds .sql files in no migration layout pgshift reads (see README, "Chains pgshift reads")` });
      }
    }
  }
  const revByPath = new Map(revisions.map((r) => [resolve(r.up.path), r]));

  // Expand inputs.
  const inputs: Step[] = [];
  const inChain = new Set<Revision>();
  const addFile = (p: string) => {
    if (excluded(rel(p), excludes)) return;
    const r = revByPath.get(resolve(o.cwd, p));
    if (r) inChain.add(r);
    else {
      // a file listed from a folder or a glob may still be unreadable (a dangling link, no permission)
      const file = readFile(resolve(o.cwd, p), usageErrors);
      if (file) inputs.push({ file: { ...file, path: rel(p) }, lint: true, wrapped: false });
    }
  };
  for (const p of o.paths) {
    if (p === '-') {
      inputs.push({ file: { path: o.stdin?.path ?? '<stdin>', text: o.stdin?.text ?? '' }, lint: true, wrapped: false });
      continue;
    }
    if (isGlob(p)) {
      const hits = expandGlob(p, o.cwd);
      if (hits.length === 0 && o.errorOnUnmatchedPattern !== false) usageErrors.push({ code: 'missing-file', severity: 'error', message: `no file matches ${p}` });
      hits.filter((h) => h.endsWith('.sql')).forEach(addFile);
      continue;
    }
    const abs = resolve(o.cwd, p);
    if (!existsSync(abs)) {
      usageErrors.push({ code: 'missing-file', severity: 'error', message: `${p} does not exist`, file: p });
      continue;
    }
    if (statSync(abs).isDirectory()) {
      if (chainDir && abs === resolve(o.cwd, chainDir)) {
        revisions.forEach((r) => inChain.add(r)); // the --chain folder itself: lint all of it, in order
      } else if (isChainDir(abs)) {
        // A chain folder: its revisions, in order, each a migration the runner wraps in a transaction.
        const chain = readChain(abs).chain;
        for (const step of revisionSteps(chain.revisions, () => true)) inputs.push({ ...step, file: { ...step.file, path: rel(step.file.path) } });
      } else {
        sqlFilesUnder(abs).forEach(addFile);
      }
      continue;
    }
    addFile(p);
  }
  if (o.paths.length === 0 && revisions.length) revisions.forEach((r) => inChain.add(r));

  // The chain before the inputs: revisions up to the last one being linted; earlier ones only build context.
  const chainSteps = revisionSteps(revisions, (r) => inChain.has(r)).map((s) => ({ ...s, file: { ...s.file, path: rel(s.file.path) } }));
  const contextOnly = inChain.size === 0 ? revisions.map((r) => ({ file: { ...r.up, path: rel(r.up.path) }, lint: false, wrapped: false })) : [];
  const steps = [...contextOnly, ...chainSteps, ...inputs];

  // with a context from the caller or the cache, the files before the first linted one are not even parsed
  const firstLintStep = steps.findIndex((s) => s.lint);
  const before = firstLintStep < 0 ? steps.length : firstLintStep;
  const given = o.context ? { catalog: o.context, partitioned: new Set<string>(), diagnostics: [] } : cachedContext(o, revisions, steps.slice(0, before), rel);
  const from = given ? before : 0;
  const files = await parseSteps(steps.slice(from).map((s) => s.file), o);
  const parsed: { step: Step; parsed: ParsedFile }[] = steps.slice(from).map((step, i) => ({ step, parsed: files[i]! }));
  const firstLint = parsed.findIndex((p) => p.step.lint);
  const leading = firstLint < 0 ? parsed : parsed.slice(0, firstLint);
  const ctx = given ?? replayForLint([...baselineParse(o, rel, usageErrors), ...leading.map((p) => p.parsed)], { defaultSchema: o.config.defaultSchema });
  const rest = firstLint < 0 ? [] : parsed.slice(firstLint);

  const severities = { ...o.config.rules, ...(o.severities ?? {}) };
  const lintInputs: LintInput[] = rest.map((p) => ({ parsed: p.parsed, wrapped: p.step.wrapped, silent: !p.step.lint }));
  const diagnostics = lint(lintInputs, {
    catalog: ctx.catalog,
    partitioned: ctx.partitioned,
    pgVersion: o.pgVersion ?? o.config.pgVersion,
    assumeInTransaction: o.assumeInTransaction ?? o.config.assumeInTransaction,
    rules: o.rules ?? allRules,
    severities,
    tables: o.config.tables,
    critical: o.config.critical,
    largeTableRows: o.config.largeTableRows,
    defaultSchema: o.config.defaultSchema,
  });
  // Syntax errors in context-only chain files are reported too: the catalogue after them is incomplete.
  diagnostics.unshift(...ctx.diagnostics);
  // Files that only built the catalogue are not reported on (no JUnit suite, not counted as linted) unless they have findings.
  const withFindings = new Set(diagnostics.map((d) => d.file));
  return { diagnostics, files: steps.filter((s) => s.lint || withFindings.has(s.file.path)).map((s) => s.file), usageErrors };
}
