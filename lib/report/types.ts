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
  /** Base of rule documentation links (default `docs/rules.md`); `#<rule-id>` is appended. */
  docsUrl?: string;
  /** ANSI colours in the text format. */
  color?: boolean;
}

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
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

export function docsLink(input: ReportInput, rule: string): string {
  return `${input.docsUrl ?? 'docs/rules.md'}#${rule}`;
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
