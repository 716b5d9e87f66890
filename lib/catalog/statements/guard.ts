/**
 * A statement handler that throws is a bug in pgshift, not in the user's SQL — but the user must
 * still learn where it happened. `applyGuarded` turns the exception into an error Diagnostic at
 * the statement being applied (file:line:column, its kind, exit 2) instead of a bare internal error.
 */
import type { AlterTableCmd } from '@pgsql/types';
import type { Diagnostic } from '../../source/diagnostic.js';
import type { Statement } from '../../parse/parse.js';
import type { Catalog } from '../model/catalog.js';
import { type ApplyOptions, applyStatement } from './dispatch.js';

/** `AlterTableStmt` → `ALTER TABLE`, with the subcommands of an ALTER TABLE (`ALTER TABLE (ALTER CONSTRAINT)`); `DROP FUNCTION`. */
export function statementKind(stmt: Statement): string {
  const words = stmt.type.replace(/Stmt$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
  const drop = (stmt.node as { DropStmt?: { removeType?: string } }).DropStmt;
  if (drop?.removeType) return `DROP ${drop.removeType.replace(/^OBJECT_/, '').replace(/_/g, ' ')}`;
  const node = (stmt.node as { AlterTableStmt?: { cmds?: { AlterTableCmd?: AlterTableCmd }[] } }).AlterTableStmt;
  const subs = (node?.cmds ?? []).map((c) => (c.AlterTableCmd?.subtype ?? '').replace(/^AT_/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase());
  return subs.length ? `${words} (${[...new Set(subs)].join(', ')})` : words;
}

export function applyGuarded(cat: Catalog, stmt: Statement, diags: Diagnostic[], opts: ApplyOptions): void {
  try {
    applyStatement(cat, stmt, diags, opts);
  } catch (e) {
    diags.push({
      code: 'internal-error',
      severity: 'error',
      message: `pgshift could not apply this ${statementKind(stmt)} statement (internal error: ${e instanceof Error ? e.message : String(e)})`,
      file: stmt.file.path,
      span: stmt.span,
      help: 'This is a bug in pgshift; please report it with the statement.',
    });
  }
}
