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

/** `file:line:col: severity [code] message` plus the help line. */
export function formatDiagnostic(d: Diagnostic): string {
  let where = '';
  if (d.file) {
    where = d.file;
    const f = d.span ? source(d.file) : null;
    if (f && d.span) {
      const { line, column } = lineCol(f, d.span.start);
      where += `:${line}:${column}`;
    }
    where += ': ';
  }
  let s = `${where}${d.severity} [${d.code}] ${d.message}`;
  if (d.help) s += `\n  help: ${d.help}`;
  for (const r of d.related ?? []) s += `\n  note: ${r.message}`;
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
