/** Conformance figures per suite, failures grouped by category, and the markdown written to docs/. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { CaseResult } from './run-case.js';

export interface SuiteFigures {
  suite: string;
  cases: number;
  valid: number;
  generated: number;
  up: number;
  upDown: number;
  secondDiffEmpty: number;
  /** valid cases that fail */
  failed: number;
  /** valid cases whose suite expects another policy (e.g. sqldef's enable_drop=false) */
  byDesign: number;
}

export function figures(results: CaseResult[]): SuiteFigures[] {
  const bySuite = new Map<string, SuiteFigures>();
  for (const r of results) {
    let f = bySuite.get(r.suite);
    if (!f) {
      f = { suite: r.suite, cases: 0, valid: 0, generated: 0, up: 0, upDown: 0, secondDiffEmpty: 0, failed: 0, byDesign: 0 };
      bySuite.set(r.suite, f);
    }
    f.cases++;
    if (!r.valid) continue;
    f.valid++;
    if (r.generated) f.generated++;
    if (r.upConverged) f.up++;
    if (r.downConverged) f.upDown++;
    if (r.secondDiffEmpty) f.secondDiffEmpty++;
    if (r.failure) f.failed++;
    if (r.byDesign) f.byDesign++;
  }
  return [...bySuite.values()];
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');

export function figuresTable(fs: SuiteFigures[]): string {
  const rows = [
    '| suite | cases | valid (from/to load) | pgshift accepts | converged up | converged up+down | second diff empty | failures | other policy (by design) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const f of fs) {
    rows.push(
      `| ${f.suite} | ${f.cases} | ${f.valid} | ${f.generated} | ${f.up} (${pct(f.up, f.valid)}) | ${f.upDown} (${pct(f.upDown, f.valid)}) | ${f.secondDiffEmpty} (${pct(f.secondDiffEmpty, f.valid)}) | ${f.failed} | ${f.byDesign} |`,
    );
  }
  return rows.join('\n');
}

/** Plain-text figures for the terminal. */
export function figuresText(fs: SuiteFigures[]): string {
  return fs
    .map((f) => `${f.suite.padEnd(10)} cases ${f.cases}  valid ${f.valid}  accepted ${f.generated}  up ${f.up} (${pct(f.up, f.valid)})  up+down ${f.upDown} (${pct(f.upDown, f.valid)})  second-diff-empty ${f.secondDiffEmpty} (${pct(f.secondDiffEmpty, f.valid)})  failures ${f.failed}  other-policy ${f.byDesign}`)
    .join('\n');
}

interface Group {
  category: string;
  cases: CaseResult[];
}

/** Failures of valid cases by category, largest group first. */
export function failureGroups(results: CaseResult[]): Group[] {
  const map = new Map<string, CaseResult[]>();
  for (const r of results) {
    if (!r.valid || !r.failure) continue;
    const list = map.get(r.failure.category) ?? [];
    list.push(r);
    map.set(r.failure.category, list);
  }
  const groups = [...map.entries()].map(([category, cases]) => ({ category, cases }));
  groups.sort((a, b) => b.cases.length - a.cases.length || (a.category < b.category ? -1 : 1));
  return groups;
}

const firstLine = (s: string) => {
  const l = s.split('\n')[0] ?? '';
  return (l.length > 220 ? `${l.slice(0, 217)}...` : l).replace(/\|/g, '\\|').replace(/`/g, "'");
};

export function failuresMarkdown(results: CaseResult[]): string {
  const groups = failureGroups(results);
  const out: string[] = [];
  out.push('| category | cases |', '|---|---:|');
  for (const g of groups) out.push(`| ${g.category.replace(/\|/g, '\\|')} | ${g.cases.length} |`);
  for (const g of groups) {
    out.push('', `#### ${g.category} (${g.cases.length})`, '');
    for (const r of g.cases) out.push(`- \`${r.suite}/${r.name}\`: ${firstLine(r.failure!.detail)}${r.byDesign ? ` (suite policy: ${r.byDesign})` : ''}`);
  }
  const design = results.filter((r) => r.valid && r.byDesign);
  if (design.length) {
    const reasons = new Map<string, CaseResult[]>();
    for (const r of design) reasons.set(r.byDesign!, [...(reasons.get(r.byDesign!) ?? []), r]);
    out.push('', `#### policy differences, by design (${design.length} valid cases; ${design.filter((r) => !r.failure).length} converge anyway)`, '');
    out.push('These suites expect their own tool\'s policy; pgshift emits the drops (or accepts the input) and is judged only on convergence.', '');
    for (const [reason, rs] of reasons) out.push(`- ${reason}: ${rs.map((r) => `\`${r.name}\`${r.failure ? ' (fails, see above)' : ''}`).join(', ')}`);
  }
  const invalid = results.filter((r) => !r.valid);
  if (invalid.length) {
    const reasons = new Map<string, number>();
    for (const r of invalid) {
      const code = /SQLSTATE (\w+)/.exec(r.invalidReason ?? '')?.[1] ?? 'other';
      const which = /^(from|to|setup)\.sql/.exec(r.invalidReason ?? '')?.[1] ?? '?';
      const k = `${which}.sql fails with ${code}`;
      reasons.set(k, (reasons.get(k) ?? 0) + 1);
    }
    out.push('', `#### not valid: from.sql or to.sql does not load (${invalid.length}, not counted)`, '');
    for (const [k, n] of [...reasons.entries()].sort((a, b) => b[1] - a[1])) out.push(`- ${k}: ${n}`);
  }
  return out.join('\n');
}

/**
 * Replaces the section between `<!-- conformance:KEY -->` and `<!-- /conformance:KEY -->` in a
 * markdown file (appending it when absent), so runs on PGlite and on a server keep each other's figures.
 */
export function writeSection(path: string, header: string, key: string, body: string): void {
  const open = `<!-- conformance:${key} -->`;
  const close = `<!-- /conformance:${key} -->`;
  const section = `${open}\n${body.trim()}\n${close}`;
  let text = existsSync(path) ? readFileSync(path, 'utf8') : `${header.trim()}\n`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a >= 0 && b > a) text = text.slice(0, a) + section + text.slice(b + close.length);
  else text = `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, text);
}
