/**
 * psql meta-commands in SQL files (`\restrict KEY` / `\unrestrict KEY`, which pg_dump 15.14+ writes
 * around every dump, `\connect`, `\set` …): the server grammar does not know them, so they are blanked
 * out before parsing (replaced by spaces, so every offset stays the same) and reported.
 */
import type { Span } from '../source/diagnostic.js';

export interface MetaCommand {
  /** The command name without the backslash, e.g. `restrict`. */
  name: string;
  span: Span;
}

const isIdent = (c: string | undefined) => !!c && /[A-Za-z0-9_$]/.test(c);

/**
 * The text with meta-command lines (a backslash first on a line, outside literals, identifiers,
 * comments and dollar-quoted bodies) replaced by spaces, and where they were. Text without
 * backslashes is returned as is.
 */
export function blankMetaCommands(text: string): { text: string; commands: MetaCommand[] } {
  // fast path: a meta-command needs a backslash first on a line
  if (!/^[ \t]*\\/m.test(text)) return { text, commands: [] };
  const commands: MetaCommand[] = [];
  let i = 0;
  let lineStart = true;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) { lineStart = true; i++; continue; }
    if (c === 32 || c === 9 || c === 13) { i++; continue; }
    if (c === 92 && lineStart) {
      let j = text.indexOf('\n', i);
      if (j < 0) j = n;
      commands.push({ name: /^\\([A-Za-z!?]*)/.exec(text.slice(i, j))?.[1] ?? '', span: { start: i, end: j } });
      i = j;
      continue;
    }
    lineStart = false;
    i = skipToken(text, i);
  }
  if (!commands.length) return { text, commands };
  let out = '';
  let at = 0;
  for (const m of commands) {
    out += text.slice(at, m.span.start) + ' '.repeat(m.span.end - m.span.start);
    at = m.span.end;
  }
  return { text: out + text.slice(at), commands };
}

/** The offset after the token at `i`: a comment, a literal, a quoted identifier, a dollar-quoted body, or one character. */
export function skipToken(text: string, i: number): number {
  const n = text.length;
  const c = text[i]!;
  if (c === '-' && text[i + 1] === '-') {
    const j = text.indexOf('\n', i);
    return j < 0 ? n : j;
  }
  if (c === '/' && text[i + 1] === '*') {
    let depth = 1;
    i += 2;
    while (i < n && depth > 0) {
      if (text[i] === '/' && text[i + 1] === '*') { depth++; i += 2; }
      else if (text[i] === '*' && text[i + 1] === '/') { depth--; i += 2; }
      else i++;
    }
    return i;
  }
  if (c === "'") {
    const escapes = (text[i - 1] === 'E' || text[i - 1] === 'e') && !isIdent(text[i - 2]);
    i++;
    while (i < n) {
      if (escapes && text[i] === '\\') i += 2;
      else if (text[i] === "'" && text[i + 1] === "'") i += 2;
      else if (text[i] === "'") return i + 1;
      else i++;
    }
    return n;
  }
  if (c === '"') {
    const j = text.indexOf('"', i + 1);
    return j < 0 ? n : j + 1;
  }
  if (c === '$' && !isIdent(text[i - 1])) {
    const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64))?.[0];
    if (tag) {
      const j = text.indexOf(tag, i + tag.length);
      return j < 0 ? n : j + tag.length;
    }
  }
  return i + 1;
}
