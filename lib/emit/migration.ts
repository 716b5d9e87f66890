/** Migration files: the header that links a revision to its parent, and the up/down file text. */

/** Marker comments the runner and the offline script honour. */
export const COMMIT_MARKER = '-- pgshift:commit';
/** Before one statement of a revision that must run outside any transaction (the header's `-- pgshift:no-transaction` covers a whole revision). */
export const OUTSIDE_TRANSACTION_MARKER = '-- pgshift:outside-transaction';
export interface RevisionHeader {
  id: string;
  parents: string[];
  message: string;
  created: string;
  /** The runner must not wrap this revision in a transaction. */
  noTransaction?: boolean;
}

export function headerSql(h: RevisionHeader, direction: 'up' | 'down'): string {
  const lines = [
    `-- pgshift revision: ${h.id}`,
    `-- parent: ${h.parents.length ? h.parents.join(', ') : 'none'}`,
    // every character PostgreSQL (\r, \n) or an editor (U+2028, U+2029, U+0085) ends a line at: the message stays a comment
    `-- message: ${h.message.replace(/[\r\n\u2028\u2029\u0085]/g, ' ')}`,
    `-- created: ${h.created}`,
    `-- direction: ${direction}`,
  ];
  if (h.noTransaction) lines.push('-- pgshift:no-transaction');
  return lines.join('\n') + '\n';
}

export function migrationFile(h: RevisionHeader, direction: 'up' | 'down', body: string): string {
  return `${headerSql(h, direction)}\n${body.trim() ? body.trimEnd() + '\n' : '-- no statements\n'}`;
}

/** Where the body starts in migrationFile's text (characters). */
export function bodyOffset(h: RevisionHeader, direction: 'up' | 'down'): number {
  return headerSql(h, direction).length + 1;
}

/** Parse the header back (absent fields → undefined). */
export function parseHeader(text: string): Partial<RevisionHeader> {
  const get = (k: string) => new RegExp(`^-- ${k}: (.*)$`, 'm').exec(text)?.[1]?.trim();
  const parent = get('parent');
  return {
    id: get('pgshift revision'),
    parents: parent === undefined ? undefined : parent === 'none' ? [] : parent.split(/\s*,\s*/),
    message: get('message'),
    created: get('created'),
    noTransaction: /^-- pgshift:no-transaction\s*$/m.test(text),
  };
}
