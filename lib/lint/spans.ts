/** Spans inside a statement: parse-tree byte locations to string offsets, clause extents, text search. */
import type { Span } from '../source/diagnostic.js';
import type { SourceFile } from '../source/file.js';
import { charOffset } from '../source/utf8.js';

/** Maps a UTF-8 byte offset reported by libpg_query to a JS string offset (cached per file). */
export function byteToChar(file: SourceFile, byte: number): number {
  return charOffset(file, byte);
}

/**
 * From `start` to the end of the clause: the next comma or closing parenthesis at depth 0,
 * or the end of the statement. Strings, quoted identifiers and comments are skipped.
 */
export function clauseEnd(text: string, start: number, end: number): number {
  let depth = 0;
  let i = start;
  let last = start;
  while (i < end) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      i = close < 0 || close >= end ? end : close + 1;
      last = i;
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 || nl >= end ? end : nl;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if ((c === ',' || c === ';') && depth === 0) break;
    if (!/\s/.test(c)) last = i + 1;
    i++;
  }
  return Math.max(last, Math.min(start + 1, end));
}

/** The clause starting at a parse-tree byte location, clamped to the statement span. */
export function clauseSpan(file: SourceFile, stmtSpan: Span, location: number | undefined): Span {
  if (location === undefined || location < 0) return stmtSpan;
  const start = byteToChar(file, location);
  if (start < stmtSpan.start || start >= stmtSpan.end) return stmtSpan;
  return { start, end: clauseEnd(file.text, start, stmtSpan.end) };
}

/** First match of `re` in the statement text at or after offset `from` (relative to the statement start). */
export function findInStatement(file: SourceFile, stmtSpan: Span, re: RegExp, from = 0): Span | undefined {
  const text = file.text.slice(stmtSpan.start + from, stmtSpan.end);
  const m = re.exec(text);
  if (!m) return undefined;
  const start = stmtSpan.start + from + m.index;
  return { start, end: start + m[0].length };
}
