/**
 * Rewrite rules: created, dropped, CREATE OR REPLACE RULE when the event stays (PostgreSQL keeps the
 * comment and the enabled state through it), dropped and created again when the event changes;
 * enabled state and comment on their own. A rule of a dropped relation goes with it.
 */
import type { Rule } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';

export const sameRuleDefinition = (a: Rule, b: Rule) => a.event === b.event && a.instead === b.instead && a.key === b.key;

export function ruleComment(r: Rule): Change[] {
  return r.comment === undefined ? [] : [{ kind: 'set_comment', target: { kind: 'rule', schema: r.schema, table: r.table, name: r.name }, text: r.comment }];
}

export function diffRules(ctx: DiffContext): void {
  const push = (...c: Change[]) => ctx.changes.push(...c);
  const relationKept = (r: Rule) => {
    const k = `${r.schema}.${r.table}`;
    return ctx.to.tables.has(k) || ctx.to.views.has(k);
  };
  diffMaps(ctx.from.rules, ctx.to.rules, {
    added: (r) => push({ kind: 'create_rule', rule: r }, ...ruleComment(r)),
    removed: (r) => { if (relationKept(r)) push({ kind: 'drop_rule', rule: r }); },
    both: (a, b) => {
      if (a.event !== b.event) return push({ kind: 'drop_rule', rule: a }, { kind: 'create_rule', rule: b }, ...ruleComment(b));
      if (!sameRuleDefinition(a, b)) push({ kind: 'replace_rule', rule: b, from: a });
      if ((a.enabled ?? '') !== (b.enabled ?? '')) push({ kind: 'set_rule_state', rule: b });
      if (a.comment !== b.comment) push({ kind: 'set_comment', target: { kind: 'rule', schema: b.schema, table: b.table, name: b.name }, text: b.comment });
    },
  });
}
