import type { Node } from '@pgsql/types';
import type { Diagnostic, Span } from '../source/diagnostic.js';
import type { SourceFile } from '../source/file.js';
import { byteToCharMapper } from '../source/utf8.js';
import { blankMetaCommands } from './psql-meta.js';
import { parseLarge } from './chunks.js';
import { MAX_TREE_DEPTH, tooDeep } from './depth.js';
import { loadParser, ParserError } from './wasm-parser.js';

/** One top-level SQL statement with its span in the file (leading comments/whitespace excluded). */
export interface Statement {
  /** The raw parse tree node, e.g. `{ CreateStmt: {...} }`. */
  node: Node;
  /** The statement's node type, e.g. `CreateStmt`. */
  type: string;
  span: Span;
  file: SourceFile;
  /** Comments immediately preceding the statement (between the previous statement and this one). */
  leadingComments: string[];
}

export interface ParsedFile {
  file: SourceFile;
  statements: Statement[];
  /** Comments anywhere in the file (for suppressions and hints), with spans. */
  comments: { text: string; span: Span }[];
  diagnostics: Diagnostic[];
}

/** A parse of the same text read under another path (a chain revision named relative to the working directory). */
export function withFile(parsed: ParsedFile, file: SourceFile): ParsedFile {
  if (parsed.file === file) return parsed;
  return {
    file,
    statements: parsed.statements.map((s) => ({ ...s, file })),
    comments: parsed.comments,
    diagnostics: parsed.diagnostics.map((d) => (d.file === parsed.file.path ? { ...d, file: file.path } : d)),
  };
}

let loaded: Promise<void> | undefined;

/** Load the WASM parser once. Every entry point calls this before parsing. */
export function initParser(): Promise<void> {
  loaded ??= loadParser();
  return loaded;
}

/** Scans comments and returns the offset of the first non-whitespace, non-comment char at or after `pos`. */
export function skipTrivia(text: string, pos: number, end: number, comments: { text: string; span: Span }[]): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++;
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      let j = text.indexOf('\n', i);
      if (j < 0 || j > end) j = end;
      comments.push({ text: text.slice(i, j).replace(/\r$/, ''), span: { start: i, end: j } });
      i = j;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      // nested block comments, as PostgreSQL allows
      let depth = 1;
      let j = i + 2;
      while (j < end && depth > 0) {
        if (text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42) { depth++; j += 2; }
        else if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 47) { depth--; j += 2; }
        else j++;
      }
      comments.push({ text: text.slice(i, j), span: { start: i, end: j } });
      i = j;
    } else {
      break;
    }
  }
  return i;
}

/**
 * Collects `--` comments that sit inside statements (column-level hints). `cursor` carries the next
 * `--` position between calls so the whole file is scanned once (string literals are not excluded:
 * good enough for hints and suppressions).
 */
function innerLineComments(text: string, start: number, end: number, out: { text: string; span: Span }[], cursor: { next: number }): void {
  while (cursor.next >= 0 && cursor.next < start) cursor.next = text.indexOf('--', cursor.next + 2);
  while (cursor.next >= 0 && cursor.next < end) {
    const i = cursor.next;
    let j = text.indexOf('\n', i);
    if (j < 0 || j > end) j = end;
    out.push({ text: text.slice(i, j).replace(/\r$/, ''), span: { start: i, end: j } });
    cursor.next = text.indexOf('--', j);
  }
}

function longestLineStart(text: string): number {
  let best = 0;
  let bestLen = -1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > bestLen) {
      best = start;
      bestLen = end - start;
    }
    start = end + 1;
  }
  return best;
}

/** What libpg_query returns for a whole text (statements with byte locations). */
export type RawParse = ReturnType<typeof parseLarge>;

/**
 * Parse a whole file with the PostgreSQL 18 grammar. A syntax error yields a located diagnostic and no
 * statements. `raw`: the parser's result for the file's text (meta-commands blanked), already computed
 * (lib/parse/parallel.ts parses large files on two threads).
 */
export function parseFile(file: SourceFile, raw?: RawParse): ParsedFile {
  // psql meta-commands (pg_dump's \restrict) are blanked: same offsets, nothing for the grammar to trip on
  const { text, commands } = blankMetaCommands(file.text);
  const metaDiagnostics: Diagnostic[] = commands
    .filter((c) => c.name !== 'restrict' && c.name !== 'unrestrict')
    .map((c) => ({ code: 'psql-meta-command', severity: 'warning', message: `psql meta-command \\${c.name} is ignored`, file: file.path, span: c.span }));
  const comments: { text: string; span: Span }[] = [];
  // the WASM parser reads a C string: everything after a NUL would be silently dropped
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const d: Diagnostic = { code: 'syntax-error', severity: 'error', message: 'NUL byte (0x00) in SQL text: PostgreSQL does not accept it', file: file.path, span: { start: nul, end: nul + 1 } };
    return { file, statements: [], comments, diagnostics: [...metaDiagnostics, d] };
  }
  let result;
  if (skipTrivia(text, 0, text.length, []) >= text.length) {
    // only whitespace and comments: PostgreSQL's parser rejects an empty query, a file may be empty
    skipTrivia(text, 0, text.length, comments);
    return { file, statements: [], comments, diagnostics: metaDiagnostics };
  }
  try {
    result = raw ?? parseLarge(text);
  } catch (e) {
    const toChar = byteToCharMapper(text);
    let msg = e instanceof Error ? e.message : String(e);
    const cursor = e instanceof ParserError ? e.cursorPosition : 0;
    let at = toChar(Math.max(0, cursor));
    if (e instanceof RangeError) {
      // a parse tree too deep to hand over (e.g. `1 + 1 + …` a hundred thousand times): PostgreSQL
      // would stop at its stack depth limit too; point at the longest line, where such an expression sits
      msg = 'stack depth limit exceeded: an expression nests too deeply to parse';
      at = longestLineStart(text);
    }
    return {
      file,
      statements: [],
      comments,
      diagnostics: [...metaDiagnostics, { code: 'syntax-error', severity: 'error', message: msg, file: file.path, span: { start: at, end: Math.min(text.length, at + 1) } }],
    };
  }
  const toChar = byteToCharMapper(text);
  const statements: Statement[] = [];
  const stmts = result.stmts ?? [];
  const dashes = { next: text.indexOf('--') };
  // libpg_query 18 starts a statement after its leading comments: collect them from the gap
  // between the previous statement's end and this one's start (semicolons included)
  let gap = 0;
  const scanGap = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      i = skipTrivia(text, i, to, comments);
      if (i < to && text[i] === ';') i++;
      else break;
    }
  };
  for (let idx = 0; idx < stmts.length; idx++) {
    const rs = stmts[idx]!;
    const locB = rs.stmt_location ?? 0;
    const startRaw = toChar(locB);
    const endRaw = rs.stmt_len ? toChar(locB + rs.stmt_len) : text.length;
    const before = comments.length;
    scanGap(gap, startRaw);
    const start = skipTrivia(text, startRaw, endRaw, comments);
    const leadingComments = comments.slice(before).map((c) => c.text);
    let end = endRaw;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    innerLineComments(text, start, end, comments, dashes);
    const node = rs.stmt as Node;
    if (tooDeep(node, end - start)) {
      metaDiagnostics.push({ code: 'syntax-error', severity: 'error', message: `stack depth limit exceeded: the statement nests more than ${MAX_TREE_DEPTH} levels deep`, file: file.path, span: { start, end: Math.min(end, start + 1) } });
      gap = endRaw;
      continue;
    }
    statements.push({ node, type: Object.keys(node)[0]!, span: { start, end }, file, leadingComments });
    gap = endRaw;
  }
  // trailing comments after the last statement
  scanGap(gap, text.length);
  return { file, statements, comments, diagnostics: metaDiagnostics };
}
