import { scanSql } from '../lib/parse/wasm-parser.js';
import type { Rule } from '../lib/lint/types.js';
import { truncateIdent } from '../lib/catalog/query/names.js';

/** Cheap, linear pre-filter. Identifier characters as it counts them: [A-Za-z0-9_$] and everything from U+0080. */
function identChar(c: number): boolean {
  return c === 36 || c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0x80;
}

/** Longer than NAMEDATALEN - 1 in UTF-8 bytes (a UTF-16 code unit is at most 3 bytes: 22 units can already be 64 bytes). */
function tooLong(t: string, from: number, to: number): boolean {
  return to - from >= 22 && (to - from >= 64 || Buffer.byteLength(t.slice(from, to), 'utf8') > 63);
}

/** Offsets of candidates in a file, found once per file. */
const candidates = new WeakMap<object, number[]>();

/**
 * Cheap pre-filter, one linear pass: where a run of identifier characters longer than 63 UTF-8 bytes starts, or a quoted
 * identifier as long (its doubled quotes counted twice: the exact check below decides). (A regular expression with an unbounded repeat
 * overflows V8's backtracking stack on a 10 MB run of letters.)
 */
function candidateOffsets(file: { text: string }): number[] {
  let c = candidates.get(file);
  if (!c) {
    c = [];
    const t = file.text;
    for (let i = 0; i < t.length; ) {
      const ch = t.charCodeAt(i);
      if (identChar(ch)) {
        let j = i + 1;
        while (j < t.length && identChar(t.charCodeAt(j))) j++;
        if (tooLong(t, i, j)) c.push(i);
        i = j;
        continue;
      }
      if (ch === 34) {
        // to the closing quote: a doubled "" is a quote inside the name, and a name may span lines
        let j = i + 1;
        while (j < t.length && (t.charCodeAt(j) !== 34 || t.charCodeAt(j + 1) === 34)) j += t.charCodeAt(j) === 34 ? 2 : 1;
        if (j < t.length && tooLong(t, i + 1, j)) c.push(i);
      }
      i++;
    }
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
  for (const t of scanSql(text).tokens) {
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
      // 64 bytes once the doubled quote is read as one: 62 letters, a quote, a letter
      'CREATE TABLE "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa""b" (id bigint);',
      // a quoted name may span lines
      'CREATE TABLE "customer_orders_awaiting_manual_review\nby_the_fulfilment_team_before_dispatch" (id bigint);',
    ],
    good: [
      'CREATE INDEX idx_mr_diff_commit_users_author_committer ON t (a);',
      // 21 characters, 63 bytes: exactly the limit
      'CREATE TABLE "注文明細の配送先住所と請求先住所と支払方法" (id bigint);',
      // 63 bytes: 61 letters, a quote (written doubled), a letter
      'CREATE TABLE "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa""b" (id bigint);',
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
