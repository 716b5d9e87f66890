/**
 * Parsing a large file in pieces. libpg_query returns the parse tree of its whole input as one JSON
 * text built in WebAssembly memory, which never shrinks: a 3 MB dump would grow it by ~70 MB for the
 * rest of the process. Large inputs are therefore cut at top-level semicolons (outside literals,
 * quoted identifiers, comments and dollar-quoted bodies) into pieces of about CHUNK characters, each
 * parsed on its own, with statement locations shifted back to the whole text. Should a piece not
 * parse (a cut inside BEGIN ATOMIC … END), the whole text is parsed at once, as before, so errors
 * are reported exactly as for an unsplit file.
 */
import type { ParseResult } from '@pgsql/types';
import { skipToken } from './psql-meta.js';
import { parseSql } from './wasm-parser.js';

const CHUNK = 256 * 1024;

/** Offsets just after top-level semicolons, one at or after every CHUNK characters. */
export function cutPoints(text: string, chunk = CHUNK): number[] {
  const cuts: number[] = [];
  let next = chunk;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */) {
      i++;
      if (i >= next && i < n) {
        cuts.push(i);
        next = i + chunk;
      }
    } else if (c === 45 || c === 47 || c === 39 || c === 34 || c === 36 /* - / ' " $ */) {
      i = skipToken(text, i);
    } else {
      i++;
    }
  }
  return cuts;
}

/** Node positions (`location`, and PG 18's list and name positions) are bytes into the parsed text. */
const POSITIONS = new Set(['location', 'rexpr_list_start', 'rexpr_list_end', 'list_start', 'list_end', 'name_location']);

export function shiftLocations(n: unknown, by: number): void {
  if (Array.isArray(n)) {
    for (const x of n) shiftLocations(x, by);
  } else if (n && typeof n === 'object') {
    const o = n as Record<string, unknown>;
    for (const k in o) {
      const v = o[k];
      if (typeof v === 'number') {
        if (POSITIONS.has(k) && v >= 0) o[k] = v + by;
      } else if (v && typeof v === 'object') shiftLocations(v, by);
    }
  }
}

/**
 * Parses `text` from `from` to `to` (offsets at cut points, or the ends) piece by piece at `cuts`, with
 * locations in bytes of the whole text; `byteFrom` is the byte offset of `from`. Throws on a syntax error.
 */
export function parsePieces(text: string, cuts: readonly number[], range: { from: number; to: number; byteFrom: number }): ParseResult {
  const stmts: NonNullable<ParseResult['stmts']> = [];
  let version: ParseResult['version'];
  let start = range.from;
  let byteStart = range.byteFrom;
  for (const end of [...cuts.filter((c) => c > range.from && c < range.to), range.to]) {
    const piece = text.slice(start, end);
    const pieceBytes = Buffer.byteLength(piece, 'utf8');
    const r = parseSql(piece);
    version ??= r.version;
    for (const s of r.stmts ?? []) {
      const loc = s.stmt_location ?? 0;
      // a statement without a length runs to the end of its piece, not of the file
      const len = s.stmt_len || pieceBytes - loc;
      if (byteStart) shiftLocations(s.stmt, byteStart);
      stmts.push({ ...s, stmt_location: byteStart + loc, stmt_len: len });
    }
    start = end;
    byteStart += pieceBytes;
  }
  return { version, stmts } as ParseResult;
}

/** parseSql for any size of input: the same result, locations in bytes of the whole text. */
export function parseLarge(text: string): ParseResult {
  if (text.length <= CHUNK) return parseSql(text);
  const cuts = cutPoints(text);
  if (!cuts.length) return parseSql(text);
  try {
    return parsePieces(text, cuts, { from: 0, to: text.length, byteFrom: 0 });
  } catch {
    return parseSql(text);
  }
}
