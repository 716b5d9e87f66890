/** GCC-style lines, one per finding (`file:line:column: severity: message [rule]`), as editors and squawk's `--reporter gcc` print them. */
import { filesByPath, positionOf, sorted, type ReportInput } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatGcc(input: ReportInput): string {
  const byPath = filesByPath(input.files);
  const lines = sorted(input.diagnostics).map((d) => {
    const p = positionOf(d, byPath);
    const where = `${d.file ?? 'pgshift'}${p ? `:${p.line}:${p.column}` : ''}`;
    return `${where}: ${LEVEL[d.severity]}: ${d.message.replace(/\s*\n\s*/g, ' ')} [${d.code}]`;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}
