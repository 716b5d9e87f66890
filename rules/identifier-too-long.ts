import { scanSync } from 'libpg-query';
import type { Rule } from '../lib/lint/types.js';
import { truncateIdent } from '../lib/catalog/names.js';

/**
 * Cheap pre-filter: a run of identifier characters or a quoted identifier that may exceed 63 bytes (anchored at
 * a word start: linear). A UTF-16 code unit is at most 3 UTF-8 bytes, so 22 units can already be 64 bytes; the
 * byte length decides.
 */
const CANDIDATE = /(?<![\w$\u0080-\uffff])[\w$\u0080-\uffff]{22,}|"[^"\n]{22,}"/g;

/** Offsets of candidates in a file, found once per file. */
const candidates = new WeakMap<object, number[]>();

function candidateOffsets(file: { text: string }): number[] {
  let c = candidates.get(file);
  if (!c) {
    c = [...file.text.matchAll(CANDIDATE)].filter((m) => Buffer.byteLength(m[0], 'utf8') > 63).map((m) => m.index!);
    candidates.set(file, c);
  }
  return c;
}

/** Whether a sorted offset list has an entry in [start, end) (binary search). */
function hasCandidate(offsets: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && offsets[lo]! < end;
}

/** Identifiers longer than 63 bytes in a statement's text, with offsets relative to the text. */
function longIdentifiers(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  const buf = Buffer.from(text, 'utf8');
  const charAt = (byte: number) => buf.subarray(0, byte).toString('utf8').length;
  for (const t of scanSync(text).tokens) {
    if (t.tokenName !== 'IDENT') continue;
    const quoted = t.text.startsWith('"');
    const name = quoted ? t.text.slice(1, -1).replace(/""/g, '"') : t.text.toLowerCase();
    if (truncateIdent(name) !== name) out.push({ name, start: charAt(t.start), end: charAt(t.end) });
  }
  return out;
}

const rule: Rule = {
  id: 'identifier-too-long',
  defaultSeverity: 'error',
  category: 'design',
  docs: {
    summary: 'Identifiers over 63 bytes (PostgreSQL truncates them silently).',
    why: 'PostgreSQL truncates identifiers to 63 bytes with only a NOTICE: two long names can collide, and later migrations or code that use the full name refer to an object whose real name differs.',
    fix: 'Choose a name of at most 63 bytes (multi-byte characters count for several bytes).',
  },
  examples: {
    bad: [
      'CREATE INDEX index_on_merge_request_diff_commit_users_on_commit_author_and_committer_name ON t (a);',
      // 30 characters, 90 bytes in UTF-8
      'CREATE TABLE "注文明細の配送先住所と請求先住所と支払方法と配送方法の組合せ" (id bigint);',
      'CREATE TABLE t (größenangabe_für_die_bestellungsübersicht_der_kundenbetreuung integer);',
    ],
    good: [
      'CREATE INDEX idx_mr_diff_commit_users_author_committer ON t (a);',
      // 21 characters, 63 bytes: exactly the limit
      'CREATE TABLE "注文明細の配送先住所と請求先住所と支払方法" (id bigint);',
    ],
  },
  check(ctx) {
    const { span, file } = ctx.stmt;
    if (!hasCandidate(candidateOffsets(file), span.start, span.end)) return;
    const seen = new Set<string>();
    for (const id of longIdentifiers(file.text.slice(span.start, span.end))) {
      if (seen.has(id.name)) continue;
      seen.add(id.name);
      ctx.report({
        message: `Identifier "${id.name}" is ${Buffer.byteLength(id.name)} bytes; PostgreSQL truncates it to "${truncateIdent(id.name)}".`,
        span: { start: span.start + id.start, end: span.start + id.end },
      });
    }
  },
};
export default rule;
