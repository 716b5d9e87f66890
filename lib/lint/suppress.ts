/**
 * Suppression comments:
 *   -- pgshift-ignore: rule-a, rule-b -- reason      (the next statement, or the statement ending on that line)
 *   -- pgshift-ignore-file: rule-a -- reason         (the whole file)
 *   -- squawk-ignore rule-a, rule-b / -- squawk-ignore-file rule-a   (honoured as is; no reason required)
 * With no rule list, every rule is suppressed. Suppressions are accountable: one without a reason is
 * reported (`suppression-without-reason`), one that suppresses nothing is reported (`unused-ignore`).
 */
import type { Diagnostic, Span } from '../source/diagnostic.js';
import type { ParsedFile } from '../parse/parse.js';

export interface Suppression {
  scope: 'statement' | 'file';
  source: 'pgshift' | 'squawk';
  /** Rule ids; empty means all rules. */
  rules: string[];
  reason?: string;
  span: Span;
  /** For statement scope: index of the statement it applies to (-1 when there is none). */
  target: number;
  used: Set<string>;
}

/** squawk rule ids that pgshift names differently (one squawk id may cover several pgshift rules). */
const SQUAWK_ALIASES: Record<string, string[]> = {
  'prefer-big-int': ['prefer-bigint-over-int', 'prefer-bigint-over-smallint'],
  'adding-serial-primary-key-field': ['adding-primary-key-constraint'],
  'require-timeout-settings': ['require-lock-timeout', 'require-statement-timeout'],
  'ban-drop-constraint': ['drop-constraint'],
  'adding-not-null-field': ['adding-not-nullable-field'],
  'prefer-timestamp-tz': ['prefer-timestamptz'],
  'ban-drop-view': ['drop-object'],
  'ban-drop-function': ['drop-object'],
  'ban-drop-trigger': ['drop-object'],
  'ban-drop-type': ['drop-object'],
  'ban-drop-sequence': ['drop-object'],
  'ban-drop-domain': ['drop-object'],
  'ban-drop-extension': ['drop-object'],
  'ban-drop-policy': ['drop-object'],
  'ban-set-schema': ['renaming-object'],
  // squawk reports a stored generated column under adding-field-with-default; pgshift has a rule of its own
  'adding-field-with-default': ['adding-field-with-default', 'adding-stored-generated-column'],
};

/** The pgshift rule ids a squawk rule id stands for (itself when pgshift uses the same id). */
export function fromSquawkId(id: string): string[] {
  return SQUAWK_ALIASES[id] ?? [id];
}

const PGSHIFT_RE = /^--\s*pgshift-ignore(-file)?\b\s*:?\s*(.*)$/;
const SQUAWK_RE = /^--\s*squawk-ignore(-file)?\b\s*(.*)$/;

function splitRules(s: string): string[] {
  return s
    .split(/[,\s]+/)
    .map((r) => r.trim())
    .filter(Boolean);
}

/** Finds the statement a statement-scoped comment applies to. */
function targetOf(parsed: ParsedFile, span: Span): number {
  const { statements, file } = parsed;
  const lineStart = file.text.lastIndexOf('\n', span.start - 1) + 1;
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i]!.span;
    if (st.start <= span.start && span.start < st.end) return i; // a comment inside the statement
    if (st.end <= span.start && st.end > lineStart && !/[^\s;]/.test(file.text.slice(st.end, span.start))) return i; // trailing
    if (st.start >= span.end) return i;
  }
  return -1;
}

const DIRECTIVE = /--[ \t]*(?:pgshift-ignore|squawk-ignore|pgshift:no-transaction|squawk-(?:enable|disable)-assume-in-transaction)[^\r\n]*/g;

/**
 * The directive comments of a file (suppressions, `pgshift:no-transaction`), found by a scan of the
 * text merged with the parser's comment list, so none is missed wherever it sits.
 */
export function directiveComments(parsed: ParsedFile): { text: string; span: Span }[] {
  const seen = new Map<number, { text: string; span: Span }>();
  for (const c of parsed.comments) if (c.text.startsWith('--')) seen.set(c.span.start, c);
  const text = parsed.file.text;
  if (text.includes('-ignore') || text.includes('pgshift:') || text.includes('assume-in-transaction')) {
    for (const m of text.matchAll(DIRECTIVE)) {
      if (!seen.has(m.index!)) seen.set(m.index!, { text: m[0], span: { start: m.index!, end: m.index! + m[0].length } });
    }
  }
  return [...seen.values()].sort((a, b) => a.span.start - b.span.start);
}

export function parseSuppressions(parsed: ParsedFile): Suppression[] {
  const out: Suppression[] = [];
  for (const c of directiveComments(parsed)) {
    if (!c.text.startsWith('--')) continue;
    let m = PGSHIFT_RE.exec(c.text);
    if (m) {
      const [rulePart, ...reasonParts] = m[2]!.split(/\s--\s?|^--\s?/);
      const reason = reasonParts.join(' -- ').trim() || undefined;
      const scope = m[1] ? 'file' : 'statement';
      out.push({ scope, source: 'pgshift', rules: splitRules(rulePart ?? ''), reason, span: c.span, target: scope === 'file' ? -1 : targetOf(parsed, c.span), used: new Set() });
      continue;
    }
    m = SQUAWK_RE.exec(c.text);
    if (m) {
      // squawk-only ids are kept verbatim: they match nothing, and squawk comments are never reported as unused.
      const rules = splitRules(m[2]!.split(/\s--\s/)[0] ?? '').flatMap((r) => SQUAWK_ALIASES[r] ?? [r]);
      const scope = m[1] ? 'file' : 'statement';
      out.push({ scope, source: 'squawk', rules, reason: 'squawk-ignore', span: c.span, target: scope === 'file' ? -1 : targetOf(parsed, c.span), used: new Set() });
    }
  }
  return out;
}

/** Index of the statement containing `offset` (binary search over statement starts), or -1. */
function statementAt(parsed: ParsedFile, offset: number): number {
  const st = parsed.statements;
  let lo = 0;
  let hi = st.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (st[mid]!.span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function covers(s: Suppression, code: string): boolean {
  return s.rules.length === 0 || s.rules.includes(code);
}

export interface SuppressOptions {
  /** Rule ids that exist: an ignore naming another id is reported as unused. */
  known: ReadonlySet<string>;
  /** Codes that cannot be suppressed (syntax errors). */
  unsuppressible?: ReadonlySet<string>;
}

/**
 * Drops suppressed findings of one file and returns the rest, plus `unused-ignore` and
 * `suppression-without-reason` findings (their severity is settled by the engine).
 */
export function applySuppressions(parsed: ParsedFile, diags: Diagnostic[], sups: Suppression[], opts: SuppressOptions): Diagnostic[] {
  if (sups.length === 0) return diags;
  const fileSups = sups.filter((s) => s.scope === 'file');
  const byTarget = new Map<number, Suppression[]>();
  for (const s of sups) if (s.scope === 'statement' && s.target >= 0) byTarget.set(s.target, [...(byTarget.get(s.target) ?? []), s]);
  const kept: Diagnostic[] = [];
  for (const d of diags) {
    if (opts.unsuppressible?.has(d.code) || !d.span) {
      kept.push(d);
      continue;
    }
    const stmtSups = byTarget.get(statementAt(parsed, d.span.start)) ?? [];
    const hit = stmtSups.find((s) => covers(s, d.code)) ?? fileSups.find((s) => covers(s, d.code));
    if (hit) hit.used.add(d.code);
    else kept.push(d);
  }
  const path = parsed.file.path;
  for (const s of sups) {
    if (s.source === 'squawk') continue; // honoured as written in old files; not held to pgshift's accounting
    const unknown = s.rules.filter((r) => !opts.known.has(r));
    const unused = s.rules.length === 0 ? (s.used.size === 0 ? ['(all rules)'] : []) : s.rules.filter((r) => !s.used.has(r) && !unknown.includes(r));
    for (const r of unknown) {
      kept.push({ code: 'unused-ignore', severity: 'warning', message: `Suppression names an unknown rule "${r}".`, file: path, span: s.span, help: 'Check the rule id with `pgshift rules`.' });
    }
    if (unused.length) {
      kept.push({
        code: 'unused-ignore',
        severity: 'warning',
        message: `Suppression of ${unused.join(', ')} suppresses nothing${s.scope === 'statement' ? ' on the statement it precedes' : ' in this file'}.`,
        file: path,
        span: s.span,
        help: 'Remove the suppression (or the rule ids that no longer fire) so accepted risks stay accurate.',
      });
    }
    if (!s.reason) {
      kept.push({
        code: 'suppression-without-reason',
        severity: 'warning',
        message: 'Suppression has no reason.',
        file: path,
        span: s.span,
        help: 'Say why the risk is accepted: `-- pgshift-ignore: rule-id -- reason`.',
      });
    }
  }
  return kept;
}
