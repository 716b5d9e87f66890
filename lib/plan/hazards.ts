/** Hazards are a property of the change kind (never a regex over SQL). */
import type { Change, Hazard } from '../diff/change.js';
import { typeToSql } from '../catalog/query/types.js';
import { objectHazards } from './hazards-objects.js';
import { viewHazards } from './hazards-views.js';
import { narrowingHazards } from './narrowing.js';

export function hazardsOf(c: Change): Hazard[] {
  switch (c.kind) {
    case 'drop_table':
      return [{ kind: 'deletes-data', message: `drops table ${c.table.schema}.${c.table.name} and all its rows` }];
    case 'drop_column':
      // a VIRTUAL generated column stores nothing
      return c.column.virtual ? [] : [{ kind: 'deletes-data', message: `drops column ${c.table.name}.${c.column.name} and its values` }];
    case 'drop_sequence':
      return [{ kind: 'deletes-data', message: `drops sequence ${c.sequence.name} and its current value` }];
    case 'drop_schema':
      return [{ kind: 'deletes-data', message: `drops schema ${c.schema.name}` }];
    case 'alter_column_type':
      return [
        { kind: 'rewrites-table', message: `changing ${c.column.name} from ${typeToSql(c.from.type)} to ${typeToSql(c.column.type)} may rewrite ${c.table.name} under ACCESS EXCLUSIVE` },
        ...(c.noCast
          ? [{ kind: 'may-fail' as const, message: `PostgreSQL has no cast from ${typeToSql(c.from.type)} to ${typeToSql(c.column.type)}: USING calls a placeholder that fails until a reviewer writes the conversion of ${c.column.name}` }]
          : c.using ? [{ kind: 'may-fail' as const, message: `values of ${c.column.name} that do not cast to ${typeToSql(c.column.type)} make it fail` }] : []),
        ...narrowingHazards(c.from.type, c.column.type, c.column.name),
      ];
    case 'set_expression':
      // a STORED column is recomputed for every row; a VIRTUAL one stores nothing
      return c.column.virtual ? [] : [{ kind: 'rewrites-table', message: `recomputes ${c.table.name}.${c.column.name} for every row: rewrites ${c.table.name} under ACCESS EXCLUSIVE` }];
    case 'set_not_null':
      return [{ kind: 'may-fail', message: `fails if ${c.table.name}.${c.column.name} holds NULLs; scans the table under ACCESS EXCLUSIVE` }];
    case 'add_column':
      return c.column.notNull && !c.column.default && !c.column.identity && !c.column.generated
        ? [{ kind: 'may-fail', message: `NOT NULL column ${c.column.name} without a default fails if ${c.table.name} has rows` }]
        : [];
    case 'add_constraint':
      if (c.usingIndex) return []; // adopts an index the table has: no build
      if (c.only) return []; // ONLY a partitioned table: its index has no storage, the partitions' keys are attached after
      if (c.constraint.kind === 'primary' || c.constraint.kind === 'unique') return [{ kind: 'builds-index', message: `builds the index of ${c.constraint.name}; fails on duplicates` }];
      return c.constraint.notValid ? [] : [{ kind: 'scans-table', message: `validates ${c.constraint.name} against every row of ${c.table.name}` }];
    case 'create_index':
      return [{ kind: 'builds-index', message: `builds index ${c.index.name}, blocking writes to ${c.index.table}` }];
    case 'recreate_enum': {
      const removed = c.from.values.filter((v) => !c.type.values.includes(v));
      return [
        { kind: 'may-fail', message: `recreates type ${c.type.name}${removed.length ? ` without ${removed.map((v) => `'${v}'`).join(', ')}: rows holding those values make it fail` : ''}` },
        { kind: 'rewrites-table', message: `converts ${c.columns.length} column(s) to the new type` },
      ];
    }
    default:
      return [...objectHazards(c), ...viewHazards(c)];
  }
}
