/** Layout: sql-formatter for long single-line statements; CREATE TABLE is laid out by its renderer. */
import { format } from './libraries.js';

/** Statements up to this width stay on one line; longer ones (long CHECKs, WHERE clauses) are laid out. */
export const WIDTH = 160;

export function layout(sql: string): string {
  if (sql.length <= WIDTH || sql.includes('\n')) return sql;
  try {
    return format(sql, { language: 'postgresql', keywordCase: 'preserve', expressionWidth: 80 });
  } catch {
    return sql; // the formatter does not know every PostgreSQL construct; unformatted SQL is still correct
  }
}
