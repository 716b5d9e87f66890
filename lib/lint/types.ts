/** The shape of a lint rule and of the context it sees for one statement. */
import type { Node, RangeVar } from '@pgsql/types';
import type { Catalog, Table } from '../catalog/model/catalog.js';
import type { Diagnostic, Severity, Span } from '../source/diagnostic.js';
import type { SourceFile } from '../source/file.js';
import type { Statement } from '../parse/parse.js';
import type { LockInfo } from '../plan/locks.js';
import type { TxState } from './state.js';

export type RuleSeverity = Severity | 'off';

export type RuleCategory = 'locking' | 'destructive' | 'design' | 'hygiene';

export interface RuleDocs {
  /** One line: what the rule flags. */
  summary: string;
  /** Why it is unsafe: the condition and its effect. */
  why: string;
  /** The safe alternative. */
  fix: string;
}

/**
 * Examples run by the tests and printed in docs/rules.md. In an example, statements above a line
 * `-- migration` are the chain (the catalogue before the migration); the rest is the migration.
 * A bad example must fire at least once inside its last statement; a good one must not fire.
 */
export interface RuleExamples {
  bad: string[];
  good: string[];
}

export interface Finding {
  message: string;
  /** Defaults to the statement's span. */
  span?: Span;
  /** Overrides the rule's `docs.fix` as the help line. */
  help?: string;
  /** The table the finding is about (a catalogue key `schema.name`): severity follows its size in the config. */
  table?: string;
}

export interface RuleContext {
  readonly stmt: Statement;
  readonly node: Node;
  /** The catalogue as it stood before this statement. */
  readonly catalog: Catalog;
  readonly pgVersion: number;
  /** Transaction and migration state before this statement. */
  readonly tx: Readonly<TxState>;
  /** The table a RangeVar names, if the catalogue knows it. */
  table(rv: RangeVar | undefined): Table | undefined;
  /** The catalogue key (`schema.name`) a RangeVar resolves to (search path for unqualified names). */
  tableKey(rv: RangeVar | undefined): string;
  /**
   * True unless the table was created earlier in the current migration. A table the catalogue does
   * not know counts as existing: without a chain, pgshift assumes the table is already there.
   */
  isExistingTable(rv: RangeVar | undefined): boolean;
  /** True when the table is partitioned (created with PARTITION BY). */
  isPartitioned(rv: RangeVar | undefined): boolean;
  /** The locks this statement takes (from lib/plan/locks.ts). */
  lock(): LockInfo;
  /** A span starting at a parse-tree `location` (bytes) and running to the end of its clause. */
  clauseAt(location: number | undefined): Span;
  /** The first match of `re` in the statement's text (case-insensitive regexes expected), as a span. */
  find(re: RegExp, from?: number): Span | undefined;
  report(f: Finding): void;
  /** True the first time `key` is seen in the current migration (for rules that report once per migration). */
  once(key: string): boolean;
  /** A store for rules that follow several statements; cleared at the end of each migration. */
  readonly scratch: Map<string, unknown>;
  /** A store that lives for the whole file (across COMMITs of a multi-revision script). */
  readonly fileScratch: Map<string, unknown>;
}

export interface Rule {
  /** The rule id; equals the file name in rules/. */
  id: string;
  defaultSeverity: RuleSeverity;
  category: RuleCategory;
  /** Lock and rewrite rules: errors on tables the config names as large or critical, warnings on small ones. */
  sizeSensitive?: boolean;
  docs: RuleDocs;
  examples: RuleExamples;
  /** Statement node types the rule looks at (e.g. `AlterTableStmt`); omitted means every statement. */
  types?: readonly string[];
  check(ctx: RuleContext): void;
  /** Called once at the end of each input file (e.g. an unterminated transaction). */
  finish?(ctx: FinishContext): void;
  /** Findings produced by the engine itself (suppressions, unmodelled statements): `check` is empty. */
  engine?: boolean;
}

export interface FinishContext {
  readonly tx: Readonly<TxState>;
  /** The catalogue after the whole file. */
  readonly catalog: Catalog;
  readonly fileScratch: Map<string, unknown>;
  readonly fileEnd: Span;
  report(f: Finding): void;
}

export interface LintRunResult {
  diagnostics: Diagnostic[];
  /** Every file linted, and context files with findings (for reporters: code frames, clean files in JUnit). */
  files: SourceFile[];
  /** Usage problems (missing files, unreadable chain): the CLI exits 2 on these. */
  usageErrors: Diagnostic[];
}
