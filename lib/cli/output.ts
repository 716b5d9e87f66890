/** Terminal output for commands: diagnostics with file:line:column, never stack traces for user errors. */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../source/diagnostic.js';
import { lineCol, type SourceFile } from '../source/file.js';

const cache = new Map<string, SourceFile | null>();

function source(path: string): SourceFile | null {
  if (!cache.has(path)) {
    try {
      cache.set(path, { path, text: readFileSync(path, 'utf8') });
    } catch {
      cache.set(path, null);
    }
  }
  return cache.get(path)!;
}

/** `file:line:col: ` (or `file: `, or nothing). */
function location(file: string | undefined, span: Diagnostic['span']): string {
  if (!file) return '';
  let where = file;
  const f = span ? source(file) : null;
  if (f && span) {
    const { line, column } = lineCol(f, span.start);
    where += `:${line}:${column}`;
  }
  return `${where}: `;
}

/** `file:line:col: severity [code] message` plus the help line and related places. */
export function formatDiagnostic(d: Diagnostic): string {
  let s = `${location(d.file, d.span)}${d.severity} [${d.code}] ${d.message}`;
  if (d.help) s += `\n  help: ${d.help}`;
  for (const r of d.related ?? []) s += `\n  note: ${location(r.file, r.span)}${r.message}`;
  return s;
}

export function printDiagnostics(ds: readonly Diagnostic[], opts: { minSeverity?: 'warning' | 'error' } = {}): void {
  for (const d of ds) {
    if (opts.minSeverity === 'error' && d.severity !== 'error') continue;
    process.stderr.write(formatDiagnostic(d) + '\n');
  }
}

/** Exit codes of the command contract. */
export const EXIT = { ok: 0, findings: 1, input: 2, pending: 3 } as const;
