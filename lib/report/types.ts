/** What every formatter receives. */
import type { Diagnostic, Severity } from '../source/diagnostic.js';
import type { SourceFile } from '../source/file.js';
import { lineCol } from '../source/file.js';
import type { Rule } from '../lint/types.js';

export interface ReportInput {
  diagnostics: readonly Diagnostic[];
  /** Every file that was linted (clean ones too), by path. */
  files: readonly SourceFile[];
  /** Rule metadata (SARIF driver rules, help). */
  rules: readonly Rule[];
  /** Absolute URL of the rule documentation (default DEFAULT_DOCS_URL); `#<rule-id>` is appended. */
  docsUrl?: string;
  /** ANSI colours in the text format. */
  color?: boolean;
}

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'gcc', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based start and end (end exclusive column) of a diagnostic, when it has a file and span. */
export function positionOf(d: Diagnostic, byPath: ReadonlyMap<string, SourceFile>): Position | undefined {
  const f = d.file !== undefined ? byPath.get(d.file) : undefined;
  if (!f || !d.span) return undefined;
  const s = lineCol(f, d.span.start);
  const e = lineCol(f, Math.max(d.span.start, d.span.end));
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

export function filesByPath(files: readonly SourceFile[]): Map<string, SourceFile> {
  return new Map(files.map((f) => [f.path, f]));
}

/** Where the rule documentation is published when neither the config (`docsUrl`) nor `--docs-url` says otherwise. */
export const DEFAULT_DOCS_URL = 'https://pgshift.dev/docs/rules.md';

/** An absolute URI (RFC 3986: a scheme, then `:`), as SARIF's `format: uri` requires. */
export function isAbsoluteUrl(s: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(s) && !/\s/.test(s);
}

/** The documentation base: the configured URL when absolute, else the default. */
export function docsBase(input: ReportInput): string {
  return input.docsUrl && isAbsoluteUrl(input.docsUrl) ? input.docsUrl.replace(/#.*$/, '') : DEFAULT_DOCS_URL;
}

/** Absolute link to a rule's documentation (its anchor in docs/rules.md). */
export function docsLink(input: ReportInput, rule: string): string {
  return `${docsBase(input)}#${encodeURIComponent(rule)}`;
}

export function countBySeverity(ds: readonly Diagnostic[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of ds) c[d.severity]++;
  return c;
}

/** Diagnostics in reading order: by file, then offset. */
export function sorted(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.span?.start ?? -1) - (b.span?.start ?? -1));
}
