/**
 * The parse of a rendered migration, from the trees its statements were parsed into for their lock
 * notes (lib/parse/assemble.ts): the self-lint reads it instead of parsing the migration again.
 */
import type { SourceFile } from '../source/file.js';
import { parseFile, type ParsedFile, type RawParse } from '../parse/parse.js';
import { assembleParse, type KnownStatement } from '../parse/assemble.js';
import { isCommentOnly } from './comment-only.js';
import type { EmittedStatement } from './emit.js';

/**
 * The parser's result for `text`, in which statement i's SQL (with its `;`) is at `spans[i]` plus
 * `offset` characters; undefined when no statement has a tree or the text does not parse.
 */
export function scriptRawParse(text: string, stmts: readonly EmittedStatement[], spans: readonly { start: number; end: number }[], offset = 0): RawParse | undefined {
  const known: KnownStatement[] = [];
  stmts.forEach((s, i) => {
    if (s.tree && !isCommentOnly(s.sql)) known.push({ start: spans[i]!.start + offset, end: spans[i]!.end + offset, tree: s.tree });
  });
  if (!known.length) return undefined;
  try {
    return assembleParse(text, known);
  } catch {
    return undefined; // parsed in full by the caller, which reports the error where it is
  }
}

/** parseFile(file) for a rendered migration, reusing its statements' trees. */
export function parseScript(file: SourceFile, stmts: readonly EmittedStatement[], spans: readonly { start: number; end: number }[], offset = 0): ParsedFile {
  return parseFile(file, scriptRawParse(file.text, stmts, spans, offset));
}
