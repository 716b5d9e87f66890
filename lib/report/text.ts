/** Human-readable report: `file:line:col severity rule`, the message, a code frame with the span underlined, the help line. */
import type { Diagnostic } from '../source/diagnostic.js';
import { lineText, type SourceFile } from '../source/file.js';
import { countBySeverity, filesByPath, positionOf, sorted, type ReportInput } from './types.js';

const ANSI = { red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

function painter(on: boolean) {
  return (code: keyof typeof ANSI, s: string) => (on ? `${ANSI[code]}${s}${ANSI.reset}` : s);
}

function frame(f: SourceFile, d: Diagnostic, pos: { line: number; column: number; endLine: number; endColumn: number }, paint: ReturnType<typeof painter>): string[] {
  const text = lineText(f, pos.line).replace(/\t/g, ' ');
  const gutter = String(pos.endLine).length;
  const shown = text.length > 200 ? text.slice(0, 200) + '…' : text;
  const endCol = pos.endLine === pos.line ? pos.endColumn : text.length + 1;
  const width = Math.max(1, Math.min(shown.length + 1, endCol) - pos.column);
  const out = [
    `${paint('dim', `${String(pos.line).padStart(gutter)} |`)} ${shown}`,
    `${paint('dim', `${' '.repeat(gutter)} |`)} ${' '.repeat(pos.column - 1)}${paint(d.severity === 'error' ? 'red' : 'yellow', '^'.repeat(width))}`,
  ];
  if (pos.endLine > pos.line) out.push(`${paint('dim', `${' '.repeat(gutter)} |`)} ${paint('dim', `… to line ${pos.endLine}`)}`);
  return out;
}

export function formatText(input: ReportInput): string {
  const paint = painter(!!input.color);
  const byPath = filesByPath(input.files);
  const lines: string[] = [];
  for (const d of sorted(input.diagnostics)) {
    const pos = positionOf(d, byPath);
    const where = d.file ? `${d.file}${pos ? `:${pos.line}:${pos.column}` : ''}` : 'pgshift';
    const sev = d.severity === 'error' ? paint('red', 'error') : d.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info');
    lines.push(`${paint('bold', where)} ${sev} ${paint('dim', d.code)}`);
    lines.push(`  ${d.message}`);
    const f = d.file !== undefined ? byPath.get(d.file) : undefined;
    if (f && pos) for (const l of frame(f, d, pos, paint)) lines.push(`  ${l}`);
    if (d.help) lines.push(`  ${paint('cyan', 'help:')} ${d.help}`);
    for (const r of d.related ?? []) lines.push(`  ${paint('dim', 'note:')} ${r.message}`);
    lines.push('');
  }
  const c = countBySeverity(input.diagnostics);
  const files = input.files.length;
  if (input.diagnostics.length === 0) lines.push(`${files} file${files === 1 ? '' : 's'} linted: no problems.`);
  else lines.push(`${files} file${files === 1 ? '' : 's'} linted: ${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}${c.info ? `, ${c.info} info` : ''}.`);
  return lines.join('\n') + '\n';
}
