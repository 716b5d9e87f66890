/**
 * GitLab Code Quality report (the `codequality` artifact, also squawk's `--reporter gitlab`): an array of
 * `{description, check_name, fingerprint, severity, location: {path, lines: {begin, end}}}`.
 */
import { createHash } from 'node:crypto';
import { filesByPath, positionOf, sorted, type ReportInput } from './types.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

export function toGitlab(input: ReportInput): object[] {
  const byPath = filesByPath(input.files);
  const seen = new Map<string, number>();
  return sorted(input.diagnostics).map((d) => {
    const p = positionOf(d, byPath);
    // stable across runs, unique per finding (a repeated identical finding gets a counter)
    const base = `${d.file ?? ''}\0${d.code}\0${p?.line ?? 0}\0${p?.column ?? 0}\0${d.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      description: d.help ? `${d.message} ${d.help}` : d.message,
      check_name: d.code,
      fingerprint: createHash('sha256').update(`${base}\0${n}`).digest('hex').slice(0, 32),
      severity: SEVERITY[d.severity],
      location: { path: d.file ?? 'pgshift', lines: { begin: p?.line ?? 1, end: p?.endLine ?? p?.line ?? 1 } },
    };
  });
}

export function formatGitlab(input: ReportInput): string {
  return JSON.stringify(toGitlab(input), null, 2) + '\n';
}
