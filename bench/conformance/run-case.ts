/**
 * One conformance case: generate up and down offline with pgshift, then prove them on PostgreSQL.
 *
 * 1. offline: bind setup.sql + from.sql and setup.sql + to.sql (the setup sets search_path and
 *    creates what both sides share), `migrationBetween` → up, down; replay from + up in the
 *    catalogue and diff it against to (the second diff must be empty);
 * 2. on PostgreSQL: db(to) = setup + to.sql; db(from) = setup + from.sql; apply up and compare
 *    with db(to), apply down and compare with db(from), by introspection (lib/db/snapshot.ts).
 * A case is valid when from.sql and to.sql load on the database.
 */
import { parseFile, initParser } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { replay } from '../../lib/catalog/replay.js';
import { cloneCatalog, type Catalog } from '../../lib/catalog/model/catalog.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';
import { diff } from '../../lib/diff/diff.js';
import type { Diagnostic } from '../../lib/source/diagnostic.js';
import type { DbClient } from '../../lib/db/client.js';
import { ident } from '../../lib/source/quote.js';
import { runScript, ScriptError, withScratchDb } from '../../lib/db/scratch.js';
import { diffSnapshots, snapshotSchema } from '../../lib/db/snapshot.js';
import { type SchemaSnapshot } from '../../lib/db/snapshot-model.js';
import type { CorpusCase } from './corpus.js';

export interface CaseFailure {
  /** e.g. `SQL error on up: 42P07`, `schema mismatch after up: table column`. */
  category: string;
  detail: string;
}

export interface CaseResult {
  suite: string;
  name: string;
  /** from.sql and to.sql (after the setup) load on the database. */
  valid: boolean;
  invalidReason?: string;
  /** pgshift accepted both schemas and generated the migrations. */
  generated: boolean;
  upConverged: boolean;
  /** up converged and down brought the database back. */
  downConverged: boolean;
  secondDiffEmpty: boolean;
  failure?: CaseFailure;
  /** Kinds of statements in from/to the catalogue does not model. */
  unmodelled: string[];
  /** Why the suite's expectation differs from pgshift's policy, when it does. */
  byDesign?: string;
  up?: string;
  down?: string;
  ms: number;
}

export interface RunOptions {
  /** A server URL, or undefined for PGlite. */
  url?: string;
  /** Run the suite setup (cluster-wide roles) in every database (PGlite; a server gets it once up front). */
  suiteSetupPerDb: boolean;
  /** Keep the generated SQL in the result. */
  keepSql?: boolean;
  /** The role the database connection runs as; with the suite's connect_user, pgshift's migrationRole. */
  sessionUser?: string;
}

interface Offline {
  from?: Catalog;
  to?: Catalog;
  up: string;
  down: string;
  rejected?: CaseFailure;
  unmodelled: string[];
  secondDiff: string[];
}

/** The short name of what an `unmodelled-statement` diagnostic is about. */
export function unmodelledKind(message: string): string {
  const m = /^(.*?)(?: statements)? (?:is|are) not modelled/.exec(message);
  return (m ? m[1]! : message).replace(/\s*\(.*?\)/g, '').replace(/\s+(?:e\.g\..*)$/, '').trim();
}

function bindWithSetup(setup: string, text: string, path: string, migrationRole: string | undefined): { catalog: Catalog; caseDiags: Diagnostic[]; setupDiags: Diagnostic[] } {
  const joined = setup ? `${setup}\n;\n${text}` : text;
  const offset = setup ? setup.length + 3 : 0;
  const parsed = parseFile({ path, text: joined });
  const r = bind([parsed], { migrationRole });
  const inCase = (d: Diagnostic) => (d.span?.start ?? offset) >= offset;
  return { catalog: r.catalog, caseDiags: r.diagnostics.filter(inCase), setupDiags: r.diagnostics.filter((d) => !inCase(d)) };
}

function offline(c: CorpusCase, opts: RunOptions): Offline {
  // the role that runs the scripts owns what they create: a grant naming it is one to the owner
  const role = c.connectUser ?? opts.sessionUser;
  const a = bindWithSetup(c.setup, c.from, 'from.sql', role);
  const b = bindWithSetup(c.setup, c.to, 'to.sql', role);
  const caseDiags = [...a.caseDiags, ...b.caseDiags];
  const unmodelled = [...new Set(caseDiags.filter((d) => d.code === 'unmodelled-statement').map((d) => unmodelledKind(d.message)))].sort();
  const errors = [...caseDiags, ...a.setupDiags].filter((d) => d.severity === 'error');
  const out: Offline = { up: '', down: '', unmodelled, secondDiff: [] };
  if (errors.length) {
    const e = errors[0]!;
    const category =
      e.code === 'syntax-error' ? 'parse error'
        : e.code === 'unmodelled-statement' ? `unmodelled: ${unmodelledKind(e.message)}`
          : `rejected by pgshift: ${e.code}`;
    out.rejected = { category, detail: `${e.file}: ${e.message}` };
    return out;
  }
  const m = migrationBetween(a.catalog, b.catalog, { manageOwnership: managesOwners(c) });
  // what `pgshift diff` prints: online-safe statements with the timeout preamble
  out.up = migrationText(m.up);
  out.down = migrationText(m.down);
  out.from = a.catalog;
  out.to = b.catalog;
  const after = replay([parseFile({ path: 'up.sql', text: out.up })], { catalog: cloneCatalog(a.catalog) });
  const replayErrors = after.diagnostics.filter((d) => d.severity === 'error');
  out.secondDiff = replayErrors.length
    ? replayErrors.map((d) => `replay error: ${d.message}`)
    : diff(after.catalog, b.catalog).map((x) => x.kind);
  return out;
}

/**
 * Owners are managed (pgshift's manageOwnership setting) when the case asks for it: sqldef's
 * `manage: privilege` option, or a schema that states owners with `OWNER TO`, as a user who writes
 * them would configure pgshift.
 */
function managesOwners(c: CorpusCase): boolean {
  return !!(c.meta.options as Record<string, unknown> | undefined)?.['manage'] || OWNER_TO.test(c.from) || OWNER_TO.test(c.to);
}

const OWNER_TO = /\bOWNER\s+TO\b/i;

/** Case options that make the suite expect something pgshift does differently on purpose. */
function byDesign(c: CorpusCase): string | undefined {
  const o = c.meta.options ?? {};
  if (o['enable_drop'] === false) return 'sqldef enable_drop=false: the suite expects drops to be skipped; pgshift always emits them';
  if (typeof o['error'] === 'string') return `the suite expects its tool to refuse this input (${o['error']})`;
  // roles are cluster-wide: pgshift does not manage them and the snapshot has none, so such a case
  // would pass unchecked
  if (ROLE_STATEMENT.test(c.from) || ROLE_STATEMENT.test(c.to)) return 'roles are cluster-wide objects pgshift does not manage (CREATE / ALTER / DROP ROLE); the proof cannot see them';
  return undefined;
}

const ROLE_STATEMENT = /^\s*(CREATE|ALTER|DROP)\s+(ROLE|USER(?!\s+MAPPING\b)|GROUP)\b/im; // not CREATE USER MAPPING

/**
 * The kind of object a snapshot difference is about: `table column`, `table index missing`,
 * `sequence extra`, `view definition`… ("missing": in the expected database only).
 */
export function mismatchKind(line: string, expected: string): string {
  const parts = line.split(': ');
  const nouns = [/^(default privileges|event trigger)\b/.exec(parts[0]!)?.[1] ?? parts[0]!.split(' ')[0]!];
  let k = 1;
  while (k < parts.length - 1 && /^(column|constraint|index|trigger|policy|rule) /.test(parts[k]!)) nouns.push(parts[k++]!.split(' ')[0]!);
  const rest = parts.slice(k).join(': ');
  const only = /^only in (.*)$/.exec(rest);
  if (only) return `${nouns.join(' ')} ${only[1] === expected ? 'missing' : 'extra'}`;
  return `${nouns.join(' ')} ${rest.split(' ')[0]}`;
}

async function prepare(db: DbClient, c: CorpusCase, opts: RunOptions): Promise<void> {
  if (opts.suiteSetupPerDb && c.suiteSetup) await runScript(db, '_suite_setup.sql', c.suiteSetup);
  if (c.connectUser) await db.exec(`SET ROLE ${ident(c.connectUser)}`);
  if (c.setup) await runScript(db, 'setup.sql', c.setup);
}

function sqlError(step: string, e: ScriptError): CaseFailure {
  return { category: `SQL error on ${step}: ${e.code}`, detail: e.message };
}

export async function runCase(c: CorpusCase, opts: RunOptions): Promise<CaseResult> {
  const started = Date.now();
  await initParser();
  const r: CaseResult = {
    suite: c.suite, name: c.name, valid: false, generated: false, upConverged: false, downConverged: false,
    secondDiffEmpty: false, unmodelled: [], ms: 0,
  };
  const design = byDesign(c);
  if (design) r.byDesign = design;
  let gen: Offline;
  try {
    gen = offline(c, opts);
  } catch (e) {
    gen = { up: '', down: '', unmodelled: [], secondDiff: [], rejected: { category: 'pgshift crash', detail: (e as Error).stack ?? String(e) } };
  }
  r.unmodelled = gen.unmodelled;
  if (opts.keepSql) Object.assign(r, { up: gen.up, down: gen.down });
  r.generated = !gen.rejected;
  r.secondDiffEmpty = r.generated && gen.secondDiff.length === 0;
  const scratch = { url: opts.url };
  // db(to)
  let toSnap: SchemaSnapshot | undefined;
  try {
    toSnap = await withScratchDb(async (db) => {
      await prepare(db, c, opts);
      await runScript(db, 'to.sql', c.to);
      return snapshotSchema(db);
    }, scratch);
  } catch (e) {
    if (!(e instanceof ScriptError)) throw e;
    r.invalidReason = e.message;
  }
  // db(from) + up + down
  let failure: CaseFailure | undefined = gen.rejected;
  await withScratchDb(async (db) => {
    try {
      await prepare(db, c, opts);
      await runScript(db, 'from.sql', c.from);
    } catch (e) {
      if (!(e instanceof ScriptError)) throw e;
      r.invalidReason ??= e.message;
      return;
    }
    const to = toSnap;
    r.valid = to !== undefined;
    if (!to || gen.rejected) return;
    const fromSnap = await snapshotSchema(db);
    try {
      await runScript(db, 'up.sql', gen.up);
    } catch (e) {
      if (!(e instanceof ScriptError)) throw e;
      failure = sqlError('up', e);
      return;
    }
    const upDiffs = diffSnapshots(await snapshotSchema(db), to, ['from+up', 'to']);
    // owners differ only when the suite manages them: pgshift leaves ownership alone unless configured
    if (upDiffs.some((l) => /: owner \S+ ≠ /.test(l))) r.byDesign ??= 'pgshift does not manage object ownership by default (manageOwnership setting)';
    if (upDiffs.length) {
      failure = { category: `schema mismatch after up: ${mismatchKind(upDiffs[0]!, 'to')}`, detail: upDiffs.slice(0, 8).join('\n') };
      return;
    }
    r.upConverged = true;
    try {
      await runScript(db, 'down.sql', gen.down);
    } catch (e) {
      if (!(e instanceof ScriptError)) throw e;
      failure = sqlError('down', e);
      return;
    }
    const downDiffs = diffSnapshots(await snapshotSchema(db), fromSnap, ['from+up+down', 'from']);
    if (downDiffs.length) {
      failure = { category: `schema mismatch after down: ${mismatchKind(downDiffs[0]!, 'from')}`, detail: downDiffs.slice(0, 8).join('\n') };
      return;
    }
    r.downConverged = true;
  }, scratch);
  if (!failure && r.valid && !r.secondDiffEmpty) {
    failure = { category: `second diff not empty: ${gen.secondDiff[0]}`, detail: gen.secondDiff.join(', ') };
  }
  // an unmodelled statement explains a failure better than its symptom
  // (DO blocks in these suites create roles: they explain nothing)
  const cause = r.unmodelled.filter((k) => k !== 'Do');
  if (failure && cause.length && !failure.category.startsWith('unmodelled')) {
    failure = { category: `unmodelled: ${cause[0]}`, detail: `${failure.category}\n${failure.detail}` };
  }
  if (failure) r.failure = failure;
  r.ms = Date.now() - started;
  return r;
}
