/**
 * What a down migration cannot undo: re-adding a dropped (plain) column or table, making a generated
 * column plain again (it keeps the generated values, not those it had), or re-creating a removed
 * enum value, brings the object back but not its data; an extension cannot go back to an older
 * version in place (its hazard is set by hazards-objects.ts, see extension-version.ts). Marked on the down statements; generate
 * prints them and `--fail-on-irreversible` refuses to write such a revision.
 */
import type { Hazard } from '../diff/change.js';
import type { PlannedChange } from './planned.js';

function irreversible(p: PlannedChange): Hazard | undefined {
  const c = p.change;
  switch (c.kind) {
    case 'create_table':
      return { kind: 'irreversible', message: `re-creates table ${c.table.schema}.${c.table.name}, dropped by the up migration: its rows are not restored` };
    case 'add_column':
      // a generated column's values come from its expression: nothing to restore
      return c.column.generated ? undefined : { kind: 'irreversible', message: `re-adds column ${c.table.name}.${c.column.name}, dropped by the up migration: its values are not restored` };
    case 'drop_expression':
      // the up migration replaced the plain column's values by generated ones; DROP EXPRESSION keeps those
      return { kind: 'irreversible', message: `column ${c.table.name}.${c.column.name} keeps its generated values: the values the up migration replaced are not restored` };
    case 'add_enum_value':
      return { kind: 'irreversible', message: `re-creates enum value '${c.value}' of ${c.type.name}, removed by the up migration: rows that held it are not restored` };
    case 'recreate_enum': {
      const back = c.type.values.filter((v) => !c.from.values.includes(v));
      return back.length ? { kind: 'irreversible', message: `re-creates enum value(s) ${back.map((v) => `'${v}'`).join(', ')} of ${c.type.name}, removed by the up migration: rows that held them are not restored` } : undefined;
    }
    default:
      return undefined;
  }
}

/** Mark the statements of a down migration that cannot bring data back. */
export function markIrreversible(down: PlannedChange[]): PlannedChange[] {
  return down.map((p) => {
    const h = irreversible(p);
    return h && !p.hazards.some((x) => x.kind === 'irreversible') ? { ...p, hazards: [...p.hazards, h] } : p;
  });
}
