/** Rewrite rules: CREATE [OR REPLACE] RULE, DROP RULE, ALTER TABLE … ENABLE / DISABLE RULE. */
import type { ChangeOf } from '../../diff/change.js';
import type { Node } from '@pgsql/types';
import type { Rule } from '../../catalog/model/catalog.js';
import { deparseSync } from '../libraries.js';
import { exprSql } from '../expr.js';
import { querySql } from './view.js';
import { ident, literal, qualified } from '../../source/quote.js';

/** One action on one line; NOTIFY's channel is an identifier the deparser would not quote. */
function actionSql(a: Node): string {
  if ('NotifyStmt' in a) return `NOTIFY ${ident(a.NotifyStmt.conditionname ?? '')}${a.NotifyStmt.payload !== undefined ? `, ${literal(a.NotifyStmt.payload)}` : ''}`;
  if ('SelectStmt' in a) return querySql(a).replace(/\s*\n\s*/g, ' ');
  return deparseSync(a, { pretty: false }).trim();
}

/** The actions as stored (normalised, qualified): NOTHING, one statement, or several in parentheses. */
function actionsSql(r: Rule): string {
  const stmts = r.actions.map(actionSql);
  if (!stmts.length) return 'NOTHING';
  return stmts.length === 1 ? stmts[0]! : `(\n  ${stmts.join(';\n  ')}\n)`;
}

export function ruleSql(r: Rule, replace = false): string {
  const lines = [`CREATE ${replace ? 'OR REPLACE ' : ''}RULE ${ident(r.name)} AS ON ${r.event.toUpperCase()} TO ${qualified(r.schema, r.table)}`];
  if (r.where) lines.push(`WHERE ${exprSql(r.where)}`);
  lines.push(`DO ${r.instead ? 'INSTEAD' : 'ALSO'} ${actionsSql(r)}`);
  return lines.join('\n');
}

function stateSql(r: Rule): string {
  const how = r.enabled === 'disabled' ? 'DISABLE' : r.enabled === 'replica' ? 'ENABLE REPLICA' : r.enabled === 'always' ? 'ENABLE ALWAYS' : 'ENABLE';
  return `ALTER TABLE ${qualified(r.schema, r.table)} ${how} RULE ${ident(r.name)}`;
}

export const createRule = (c: ChangeOf<'create_rule'>) => [ruleSql(c.rule), ...(c.rule.enabled ? [stateSql(c.rule)] : [])];
export const replaceRule = (c: ChangeOf<'replace_rule'>) => [ruleSql(c.rule, true)];
export const setRuleState = (c: ChangeOf<'set_rule_state'>) => [stateSql(c.rule)];
export const dropRule = (c: ChangeOf<'drop_rule'>) => [`DROP RULE ${ident(c.rule.name)} ON ${qualified(c.rule.schema, c.rule.table)}`];
