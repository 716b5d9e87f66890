/**
 * A rendered "statement" that is only a comment: something the migration cannot do (an extension
 * downgrade without an update path) shown to the reviewer where the statement would stand, with its
 * hazard notes above it. It is printed as `-- …` without a terminating semicolon and never executed.
 */
const PREFIX = '-- ';

export function commentOnly(text: string): string {
  return text.split('\n').map((l) => PREFIX + l).join('\n');
}

export function isCommentOnly(sql: string): boolean {
  return sql.startsWith(PREFIX);
}
