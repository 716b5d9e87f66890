/**
 * PostgreSQL versions the linter targets: 9.6 and 10–19. A version is a number (`9.6`, `10`, … `19`);
 * `--pg-version` and the config accept `13`, `13.0`, `13.4` (minor versions are ignored) and `9.6`.
 * Which rules depend on the version is listed in docs/rules.md (`VERSION_NOTES`).
 */
export const LINT_MIN_VERSION = 9.6;
export const LINT_MAX_VERSION = 19;

/** The linted major version of `input`, or undefined when it is not one pgshift lints for. */
export function parseLintVersion(input: string | number): number | undefined {
  const m = /^\s*(\d+)(?:\.(\d+))?(?:\.\d+)?\s*$/.exec(String(input));
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = m[2] === undefined ? undefined : Number(m[2]);
  if (major === 9) return minor === 6 ? 9.6 : undefined;
  if (major < 10 || major > LINT_MAX_VERSION) return undefined;
  return major;
}

export const LINT_VERSION_RANGE = '9.6 and 10 to 19';

/** What changes with the targeted version, rule by rule (printed in docs/rules.md). */
export const VERSION_NOTES: readonly { rule: string; note: string }[] = [
  { rule: 'adding-field-with-default', note: 'before 11 any default (even a constant) rewrites the table; from 11 only a volatile default does.' },
  { rule: 'require-concurrent-reindex', note: 'REINDEX CONCURRENTLY exists from 12; before 12 the advice is a new index built concurrently and the old one dropped concurrently.' },
  { rule: 'require-concurrent-partition-detach', note: 'DETACH PARTITION CONCURRENTLY exists from 14; before 14 the finding stays and its advice is a quiet period with a short lock_timeout.' },
  { rule: 'prefer-repack', note: 'from 19 the advice is PostgreSQL\'s own `REPACK … CONCURRENTLY`; before 19, pg_repack or pg_squeeze.' },
  { rule: 'enum-value-in-same-transaction', note: 'before 12, `ALTER TYPE … ADD VALUE` cannot run inside a transaction block at all; from 12 the new value cannot be used until the transaction commits.' },
  { rule: 'prefer-identity', note: 'identity columns exist from 10; on 9.6 the rule is silent.' },
  { rule: 'adding-not-nullable-field', note: 'SET NOT NULL uses a validated `CHECK (col IS NOT NULL)` to skip its scan from 12; before 12 the rule says that the scan cannot be avoided.' },
  { rule: 'require-lock-timeout', note: 'the locks a statement takes follow the version (e.g. ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE from 12, ACCESS EXCLUSIVE before); so do require-statement-timeout and statements-after-access-exclusive.' },
  { rule: 'require-statement-timeout', note: 'a SET NOT NULL proven by a validated CHECK does not scan from 12 (before 12 it always scans).' },
];
