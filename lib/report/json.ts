/** JSON report: an array of `{file, line, column, endLine, endColumn, severity, rule, message, help}`. */
import { filesByPath, positionOf, sorted, type ReportInput } from './types.js';

export interface JsonFinding {
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: string;
  rule: string;
  message: string;
  help: string | null;
}

export function toJsonFindings(input: ReportInput): JsonFinding[] {
  const byPath = filesByPath(input.files);
  return sorted(input.diagnostics).map((d) => {
    const p = positionOf(d, byPath);
    return {
      file: d.file ?? null,
      line: p?.line ?? null,
      column: p?.column ?? null,
      endLine: p?.endLine ?? null,
      endColumn: p?.endColumn ?? null,
      severity: d.severity,
      rule: d.code,
      message: d.message,
      help: d.help ?? null,
    };
  });
}

export function formatJson(input: ReportInput): string {
  return JSON.stringify(toJsonFindings(input), null, 2) + '\n';
}
