/**
 * A file's parse assembled from statements parsed before. pgshift parses every statement it emits
 * once, for its lock note (lib/emit/lock-notes.ts); the self-lint of the migration needs the parse
 * of the whole file, with positions in bytes of that file. Each known tree is moved to where its
 * statement sits in the file, and only the text between known statements (a timeout preamble) is
 * given to the parser, when it holds more than comments. The result is what parseLarge(text) would
 * return, so parseFile(file, raw) builds the same ParsedFile (test/parse/assemble.test.ts).
 */
import type { Node } from '@pgsql/types';
import { parsePieces, shiftLocations } from './chunks.js';
import { skipTrivia, type RawParse } from './parse.js';

/** A statement's tree whose positions are bytes of a text in which the statement starts at byte `at`. */
export interface PlacedTree {
  node: Node;
  at: number;
}

/** A statement of the file: its SQL from `start` to `end` (characters; `end` is just after its `;`) and its tree. */
export interface KnownStatement {
  start: number;
  end: number;
  tree: PlacedTree;
}

/**
 * The parse of `text` whose statements in `known` (in file order, each ending with `;`) are parsed
 * already. Their trees are moved, not copied: afterwards they belong to this text. Throws when the
 * text between them does not parse, like the parser would.
 */
export function assembleParse(text: string, known: readonly KnownStatement[]): RawParse {
  const stmts: NonNullable<RawParse['stmts']> = [];
  let version: number | undefined;
  // one position in both units, moved forward only: the whole text is measured once
  let char = 0;
  let byte = 0;
  const toByte = (c: number): number => {
    byte += Buffer.byteLength(text.slice(char, c), 'utf8');
    char = c;
    return byte;
  };
  const between = (from: number, to: number): void => {
    if (skipTrivia(text, from, to, []) >= to) return; // comments and blank lines only
    const r = parsePieces(text, [], { from, to, byteFrom: toByte(from) }); // positions in bytes of `text`
    version ??= r.version;
    stmts.push(...(r.stmts ?? []));
  };
  let prev = 0;
  for (const k of known) {
    between(prev, k.start);
    const start = toByte(k.start);
    if (start !== k.tree.at) shiftLocations(k.tree.node, start - k.tree.at);
    k.tree.at = start;
    stmts.push({ stmt: k.tree.node, stmt_location: start, stmt_len: toByte(k.end - 1) - start }); // the `;` is not part of it
    prev = k.end;
  }
  between(prev, text.length);
  return { version: version ?? 0, stmts } as RawParse;
}
