/** Hazards of view, function, trigger, rule and rename changes. */
import type { Change, Hazard } from '../diff/change.js';
import { ident, qualified } from '../source/quote.js';

export function viewHazards(c: Change): Hazard[] {
  switch (c.kind) {
    case 'rename': {
      const t = c.target;
      const what = t.kind === 'column' ? `column ${t.table}.${t.name}` : t.kind === 'constraint' ? `constraint ${t.name}` : `${t.kind} ${t.schema}.${t.name}`;
      return [{ kind: 'breaks-readers', message: `renames ${what} to ${c.to}: code using the old name fails once this runs` }];
    }
    case 'create_view':
      return c.view.materialized && c.view.withData ? [{ kind: 'scans-table', message: `populates materialized view ${c.view.name} by running its query` }] : [];
    case 'drop_rule':
    case 'replace_rule':
    case 'set_rule_state': {
      const r = c.rule;
      return [{ kind: 'breaks-readers', message: `changes what ${r.event.toUpperCase()} on ${qualified(r.schema, r.table)} does (rule ${ident(r.name)})` }];
    }
    case 'drop_function':
      return [{ kind: 'breaks-readers', message: `drops ${c.func.kind} ${c.func.schema}.${c.func.name}: callers fail until it exists again` }];
    default:
      return [];
  }
}
