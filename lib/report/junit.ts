/** JUnit XML: one testsuite per file, one testcase per rule that fired (failures list each finding), a passing case for a clean file. */
import type { Diagnostic } from '../source/diagnostic.js';
import { filesByPath, positionOf, type ReportInput } from './types.js';

export function xmlEscape(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
}

export function formatJunit(input: ReportInput): string {
  const byPath = filesByPath(input.files);
  const groups = new Map<string, Diagnostic[]>();
  for (const f of input.files) groups.set(f.path, []);
  for (const d of input.diagnostics) {
    const k = d.file ?? '(pgshift)';
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const [file, ds] of groups) {
    const byRule = new Map<string, Diagnostic[]>();
    for (const d of ds) byRule.set(d.code, [...(byRule.get(d.code) ?? []), d]);
    const cases: string[] = [];
    let failures = 0;
    for (const [rule, list] of byRule) {
      const failing = list.filter((d) => d.severity === 'error' || d.severity === 'warning');
      const body = list
        .map((d) => {
          const p = positionOf(d, byPath);
          return `${file}${p ? `:${p.line}:${p.column}` : ''} ${d.severity} ${d.message}${d.help ? `\nhelp: ${d.help}` : ''}`;
        })
        .join('\n\n');
      if (failing.length) {
        failures++;
        const first = failing[0]!;
        cases.push(`    <testcase name="${xmlEscape(rule)}" classname="${xmlEscape(file)}"><failure message="${xmlEscape(first.message)}" type="${xmlEscape(first.severity)}">${xmlEscape(body)}</failure></testcase>`);
      } else {
        cases.push(`    <testcase name="${xmlEscape(rule)}" classname="${xmlEscape(file)}"><system-out>${xmlEscape(body)}</system-out></testcase>`);
      }
    }
    if (cases.length === 0) cases.push(`    <testcase name="pgshift lint" classname="${xmlEscape(file)}"/>`);
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(`  <testsuite name="${xmlEscape(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pgshift lint" tests="${totalTests}" failures="${totalFailures}">\n${suites.join('\n')}\n</testsuites>\n`;
}
