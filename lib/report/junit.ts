/**
 * JUnit XML: one testsuite per linted file, one testcase per finding (named `rule-id line:column`, failing
 * for errors and warnings, passing with the message in system-out for info), and one passing testcase for a
 * clean file. Files that only built the catalogue (`--chain` context) are not suites.
 */
import type { Diagnostic } from '../source/diagnostic.js';
import { filesByPath, positionOf, sorted, type ReportInput } from './types.js';

export function xmlEscape(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
}

export function formatJunit(input: ReportInput): string {
  const byPath = filesByPath(input.files);
  const groups = new Map<string, Diagnostic[]>();
  for (const f of input.files) groups.set(f.path, []);
  for (const d of sorted(input.diagnostics)) {
    const k = d.file ?? '(pgshift)';
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const [file, ds] of groups) {
    const cases: string[] = [];
    let failures = 0;
    for (const d of ds) {
      const p = positionOf(d, byPath);
      const where = p ? ` ${p.line}:${p.column}` : '';
      const body = `${file}${p ? `:${p.line}:${p.column}` : ''} ${d.severity} ${d.code}: ${d.message}${d.help ? `\nhelp: ${d.help}` : ''}`;
      const head = `    <testcase name="${xmlEscape(`${d.code}${where}`)}" classname="${xmlEscape(file)}">`;
      if (d.severity === 'error' || d.severity === 'warning') {
        failures++;
        cases.push(`${head}<failure message="${xmlEscape(d.message)}" type="${xmlEscape(d.severity)}">${xmlEscape(body)}</failure></testcase>`);
      } else {
        cases.push(`${head}<system-out>${xmlEscape(body)}</system-out></testcase>`);
      }
    }
    if (cases.length === 0) cases.push(`    <testcase name="pgshift lint" classname="${xmlEscape(file)}"/>`);
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(`  <testsuite name="${xmlEscape(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pgshift lint" tests="${totalTests}" failures="${totalFailures}">\n${suites.join('\n')}\n</testsuites>\n`;
}
