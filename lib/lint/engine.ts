/**
 * The lint engine: walks statements in order with the catalogue as it stood before each one
 * (chain first, then the earlier statements of the inputs), runs the rules, then applies the
 * statement to the catalogue. No cloning per statement.
 */
import type { Catalog } from '../catalog/model/catalog.js';
import { emptyCatalog } from '../catalog/model/catalog.js';
import { applyStatement } from '../catalog/statements/dispatch.js';
import { resolveTable } from '../catalog/query/resolve.js';
import type { Diagnostic, Severity } from '../source/diagnostic.js';
import type { ParsedFile, Statement } from '../parse/parse.js';
import { allRules } from '../../rules/index.js';
import type { Finding, Rule, RuleContext, RuleSeverity } from './types.js';
import { assumeInTransactionOverride, hasNoTransactionMarker, initialState, observe, segmentBoundary } from './state.js';
import { COMMIT_MARKER, OUTSIDE_TRANSACTION_MARKER } from '../emit/migration.js';
import { makeContext, rangeVarRef, relationKey } from './context.js';
import { applySuppressions, directiveComments, parseSuppressions } from './suppress.js';

export interface LintInput {
  parsed: ParsedFile;
  /** The runner wraps this file in a transaction (a revision of a chain); `-- pgshift:no-transaction` opts out. */
  wrapped?: boolean;
  /** Only apply the file to the catalogue (context for later inputs); report nothing. */
  silent?: boolean;
}

export interface TableSize {
  rows?: number;
}

export interface LintOptions {
  /** The catalogue before the first input (e.g. the chain replayed). It is mutated as statements are applied. */
  catalog?: Catalog;
  /** Tables known to be partitioned before the first input (keys). */
  partitioned?: Set<string>;
  pgVersion?: number;
  assumeInTransaction?: boolean;
  /** Rules to run (default: every rule of rules/index.ts). */
  rules?: readonly Rule[];
  /** Severity per rule id, overriding the rule's default (`off` disables). */
  severities?: Readonly<Record<string, RuleSeverity>>;
  /** Known table sizes by catalogue key (`public.cases`). */
  tables?: Readonly<Record<string, TableSize>>;
  /** Tables (catalogue keys) whose lock and rewrite findings are always errors. */
  critical?: readonly string[];
  /** Row count from which a table counts as large (default 1,000,000). */
  largeTableRows?: number;
  defaultSchema?: string;
}

const ENGINE_CODES = new Set(['unused-ignore', 'suppression-without-reason', 'unmodelled-statement']);

/**
 * Statement kinds the catalogue does not model but that cannot change what the rules look at
 * (tables, columns, constraints, indexes, enums): not worth an `unmodelled-statement` finding.
 */
const HARMLESS_UNMODELLED = new Set([
  'CreateFunctionStmt', 'AlterFunctionStmt', 'CreateTrigStmt', 'ViewStmt', 'CreatePolicyStmt', 'AlterPolicyStmt',
  'DefineStmt', 'CommentStmt', 'CreateCastStmt', 'CreateOpClassStmt', 'CreateOpFamilyStmt', 'AlterOpFamilyStmt',
  'CreateEventTrigStmt', 'AlterEventTrigStmt', 'RuleStmt', 'AlterOwnerStmt', 'CreatePLangStmt', 'CreateFdwStmt',
  'CreateForeignServerStmt', 'CreateUserMappingStmt', 'CreateStatsStmt', 'AlterStatsStmt', 'CreatePublicationStmt',
  'AlterPublicationStmt', 'CreateSubscriptionStmt', 'AlterSubscriptionStmt', 'AlterExtensionStmt', 'AlterExtensionContentsStmt',
  'CreateConversionStmt', 'CreateTransformStmt', 'CreateAmStmt', 'CreateRangeStmt', 'CompositeTypeStmt', 'CreateDomainStmt',
  'AlterDomainStmt', 'CreateTableSpaceStmt', 'CreateForeignTableStmt', 'ImportForeignSchemaStmt', 'AlterCollationStmt',
  'CreateSchemaStmt', 'AlterTSDictionaryStmt', 'AlterTSConfigurationStmt', 'AlterTypeStmt', 'AlterOperatorStmt',
  'AlterObjectDependsStmt', 'RefreshMatViewStmt',
]);

/** ALTER INDEX and partition attach/detach do not change what the rules see either. */
function harmlessUnmodelled(stmt: Statement): boolean {
  if (HARMLESS_UNMODELLED.has(stmt.type)) return true;
  const n = stmt.node;
  if (!('AlterTableStmt' in n)) return false;
  if (n.AlterTableStmt.objtype === 'OBJECT_INDEX') return true;
  const cmds = n.AlterTableStmt.cmds ?? [];
  return cmds.length > 0 && cmds.every((c) => 'AlterTableCmd' in c && (c.AlterTableCmd.subtype === 'AT_AttachPartition' || c.AlterTableCmd.subtype === 'AT_DetachPartition'));
}

interface Prepared {
  rules: readonly Rule[];
  byType: Map<string, Rule[]>;
  severity: Map<string, RuleSeverity>;
  known: Set<string>;
}

function prepare(opts: LintOptions): Prepared {
  const rules = opts.rules ?? allRules;
  const severity = new Map<string, RuleSeverity>();
  for (const r of rules) severity.set(r.id, opts.severities?.[r.id] ?? r.defaultSeverity);
  const byType = new Map<string, Rule[]>();
  const any: Rule[] = [];
  for (const r of rules) {
    if (r.engine || severity.get(r.id) === 'off') continue;
    if (!r.types) any.push(r);
    else for (const t of r.types) byType.set(t, [...(byType.get(t) ?? []), r]);
  }
  for (const [t, list] of byType) byType.set(t, [...list, ...any]);
  byType.set('*', any);
  return { rules, byType, severity, known: new Set(rules.map((r) => r.id)) };
}

function sizeSeverity(opts: LintOptions, table: string | undefined, base: Severity): Severity {
  if (!table) return base;
  if (opts.critical?.includes(table)) return 'error';
  const rows = opts.tables?.[table]?.rows;
  if (rows === undefined) return base;
  return rows >= (opts.largeTableRows ?? 1_000_000) ? 'error' : 'warning';
}

/** Lint inputs in order; each input is one migration (a file, or one revision of a chain). */
export function lint(inputs: readonly LintInput[], opts: LintOptions = {}): Diagnostic[] {
  const prep = prepare(opts);
  const catalog = opts.catalog ?? emptyCatalog(opts.defaultSchema);
  const partitioned = opts.partitioned ?? new Set<string>();
  // the catalogue knows its partitioned tables (PARTITION BY)
  for (const t of catalog.tables.values()) if (t.partitionBy) partitioned.add(`${t.schema}.${t.name}`);
  const pgVersion = opts.pgVersion ?? 15;
  const out: Diagnostic[] = [];
  const newSession = sessionReset(catalog);
  for (const input of inputs) {
    newSession();
    if (input.silent) applySilently(input.parsed, catalog, partitioned, [], pgVersion);
    else out.push(...lintFile(input, { prep, catalog, partitioned, pgVersion, opts }));
  }
  newSession();
  return out;
}

/**
 * Each file is a migration the runner runs in a fresh session (RESET ALL between revisions), as
 * replay models it: a `SET search_path` or `SET ROLE` in one file does not carry into the next. The
 * returned function puts the catalogue's session back as it was when this was called.
 */
function sessionReset(catalog: Catalog): () => void {
  const defaultPath = [...catalog.searchPath];
  return () => {
    catalog.searchPath = [...defaultPath];
    delete catalog.sessionRole;
  };
}

interface FileEnv {
  prep: Prepared;
  catalog: Catalog;
  partitioned: Set<string>;
  pgVersion: number;
  opts: LintOptions;
}

function lintFile(input: LintInput, env: FileEnv): Diagnostic[] {
  const { parsed } = input;
  const { prep, catalog, opts } = env;
  const path = parsed.file.path;
  const diags: Diagnostic[] = [...parsed.diagnostics];
  const directives = directiveComments(parsed);
  const noTransaction = hasNoTransactionMarker(directives);
  const wrapped = !!input.wrapped && !noTransaction;
  // squawk's per-file overrides of assume-in-transaction are honoured; `-- pgshift:no-transaction` opts out too
  const assumed = assumeInTransactionOverride(directives) ?? (!!opts.assumeInTransaction && !noTransaction);
  const tx = initialState({ wrapped: wrapped || assumed, partitioned: env.partitioned });

  const emit = (rule: Rule, f: Finding, fallback: { start: number; end: number }): void => {
    const base = prep.severity.get(rule.id) ?? rule.defaultSeverity;
    if (base === 'off') return;
    const severity = rule.sizeSensitive ? sizeSeverity(opts, f.table, base) : base;
    diags.push({ code: rule.id, severity, message: f.message, file: path, span: f.span ?? fallback, help: f.help ?? rule.docs.fix });
  };

  const applyDiags: Diagnostic[] = [];
  for (const stmt of parsed.statements) {
    // a revision the runner wraps may split into several transactions and statements run outside them
    // (only an explicit marker counts: other runners do not move CONCURRENTLY out of their transaction)
    const outside = wrapped && stmt.leadingComments.some((c) => c.trim() === OUTSIDE_TRANSACTION_MARKER);
    if (wrapped && (outside || stmt.leadingComments.some((c) => c.trim() === COMMIT_MARKER))) segmentBoundary(tx);
    if (outside) tx.inTransaction = false;
    const rules = prep.byType.get(stmt.type) ?? prep.byType.get('*')!;
    let current: Rule = rules[0]!;
    const ctx = makeContext({ stmt, catalog, pgVersion: env.pgVersion, tx, report: (f) => emit(current, f, stmt.span) });
    for (const rule of rules) {
      current = rule;
      runRule(rule, ctx, diags, stmt);
    }
    const created = createdKey(catalog, stmt);
    observe(tx, stmt, ctx.lock, { created, isExisting: (r) => !tx.createdInMigration.has(relationKey(catalog, r)) });
    if (outside) {
      segmentBoundary(tx);
      tx.inTransaction = true;
    }
    applyDiags.length = 0;
    safeApply(catalog, stmt, applyDiags, env.pgVersion);
    if (!harmlessUnmodelled(stmt)) {
      for (const d of applyDiags) if (d.code === 'unmodelled-statement') diags.push({ ...d, file: path });
    }
  }
  const fileEnd = { start: parsed.file.text.length, end: parsed.file.text.length };
  for (const rule of prep.rules) {
    if (!rule.finish || prep.severity.get(rule.id) === 'off') continue;
    try {
      rule.finish({ tx, catalog, fileScratch: tx.fileScratch, fileEnd, report: (f) => emit(rule, f, fileEnd) });
    } catch (e) {
      diags.push({ code: 'internal-error', severity: 'error', message: `rule ${rule.id} failed: ${e instanceof Error ? e.message : String(e)}`, file: path, span: fileEnd });
    }
  }

  // Engine findings take their configured severity (or are dropped when off).
  const settled: Diagnostic[] = [];
  for (const d of applySuppressions(parsed, diags, parseSuppressions(parsed), { known: prep.known, unsuppressible: new Set(['syntax-error']) })) {
    if (!ENGINE_CODES.has(d.code)) {
      settled.push(d);
      continue;
    }
    const sev = prep.severity.get(d.code);
    if (sev === 'off' || (sev === undefined && !prep.known.has(d.code))) continue;
    const rule = prep.rules.find((r) => r.id === d.code);
    settled.push({ ...d, severity: sev ?? d.severity, help: d.help ?? rule?.docs.fix });
  }
  // In reading order (the sort is stable: rules keep registry order at one position).
  return settled.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

function runRule(rule: Rule, ctx: RuleContext, diags: Diagnostic[], stmt: Statement): void {
  try {
    rule.check(ctx);
  } catch (e) {
    // A crashing rule is a bug: say so at the statement, and keep linting.
    diags.push({
      code: 'internal-error',
      severity: 'error',
      message: `rule ${rule.id} failed: ${e instanceof Error ? e.message : String(e)}`,
      file: stmt.file.path,
      span: stmt.span,
    });
  }
}

/** The key of the table a CREATE TABLE (or CREATE TABLE AS) creates, before it is applied. */
function createdKey(cat: Catalog, stmt: Statement): string | undefined {
  const n = stmt.node;
  if ('CreateStmt' in n) {
    const ref = rangeVarRef(n.CreateStmt.relation);
    // CREATE TABLE IF NOT EXISTS of a table the chain has: nothing is created, the table is not new.
    if (n.CreateStmt.if_not_exists && resolveTable(cat, ref)) return undefined;
    return relationKey(cat, ref);
  }
  if ('CreateTableAsStmt' in n) return relationKey(cat, rangeVarRef(n.CreateTableAsStmt.into?.rel));
  return undefined;
}

function applySilently(f: ParsedFile, catalog: Catalog, partitioned: Set<string>, diagnostics: Diagnostic[] = [], pgVersion?: number): void {
  for (const stmt of f.statements) {
    if ('CreateStmt' in stmt.node && stmt.node.CreateStmt.partspec) partitioned.add(relationKey(catalog, rangeVarRef(stmt.node.CreateStmt.relation)));
    safeApply(catalog, stmt, diagnostics, pgVersion);
  }
}

/** Applies a statement to the catalogue; a crash there is a bug, reported at the statement, and linting goes on. */
function safeApply(catalog: Catalog, stmt: Statement, diags: Diagnostic[], pgVersion?: number): void {
  try {
    applyStatement(catalog, stmt, diags, { mode: 'replay', pgVersion });
  } catch (e) {
    diags.push({
      code: 'unmodelled-statement',
      severity: 'warning',
      message: `the catalogue could not follow this statement (internal error: ${e instanceof Error ? e.message : String(e)}); findings after it may be inaccurate`,
      file: stmt.file.path,
      span: stmt.span,
    });
  }
}

/** Replays a chain's files into a catalogue for linting, tracking partitioned tables. Diagnostics are the chain's syntax errors. */
export function replayForLint(files: readonly ParsedFile[], opts: { defaultSchema?: string } = {}): { catalog: Catalog; partitioned: Set<string>; diagnostics: Diagnostic[] } {
  const catalog = emptyCatalog(opts.defaultSchema);
  const partitioned = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const newSession = sessionReset(catalog);
  for (const f of files) {
    newSession();
    diagnostics.push(...f.diagnostics);
    applySilently(f, catalog, partitioned);
  }
  newSession();
  return { catalog, partitioned, diagnostics };
}
