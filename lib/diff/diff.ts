/** diff: catalogue × catalogue → typed changes (unordered; `plan` orders them). */
import type { Catalog } from '../catalog/model.js';
import type { Change, CommentTarget } from './change.js';
import type { DiffContext } from './context.js';
import { diffComments } from './comments.js';
import { diffEnums } from './enums.js';
import { diffIndexes } from './indexes.js';
import { diffExtensions, diffSchemas } from './schemas.js';
import { diffSequences } from './sequences.js';
import { diffTables } from './tables.js';

export function diff(from: Catalog, to: Catalog): Change[] {
  const ctx: DiffContext = { from, to, changes: [] };
  diffSchemas(ctx);
  diffExtensions(ctx);
  diffEnums(ctx);
  diffSequences(ctx);
  diffTables(ctx);
  diffIndexes(ctx);
  const keys = recreatedKeys(ctx.changes);
  diffComments(ctx, (t) => recreatedBy(keys, t));
  return ctx.changes;
}

/** Keys of objects created (or re-created) by these changes: their comments must be set again. */
function recreatedKeys(changes: Change[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    switch (c.kind) {
      case 'create_table': out.add(`table:${c.table.schema}.${c.table.name}`); break;
      case 'add_column': out.add(`column:${c.table.schema}.${c.table.name}.${c.column.name}`); break;
      case 'add_constraint': out.add(`constraint:${c.table.schema}.${c.table.name}.${c.constraint.name}`); break;
      case 'create_index': out.add(`index:${c.index.schema}.${c.index.name}`); break;
      case 'create_sequence': out.add(`sequence:${c.sequence.schema}.${c.sequence.name}`); break;
      case 'create_enum':
      case 'recreate_enum': out.add(`type:${c.type.schema}.${c.type.name}`); break;
      case 'create_schema': out.add(`schema:${c.schema.name}`); break;
      default: break;
    }
  }
  return out;
}

function recreatedBy(keys: Set<string>, t: CommentTarget): boolean {
  switch (t.kind) {
    case 'schema': return keys.has(`schema:${t.name}`);
    case 'table': return keys.has(`table:${t.schema}.${t.name}`);
    case 'column': return keys.has(`table:${t.schema}.${t.table}`) || keys.has(`column:${t.schema}.${t.table}.${t.name}`);
    case 'constraint': return keys.has(`table:${t.schema}.${t.table}`) || keys.has(`constraint:${t.schema}.${t.table}.${t.name}`);
    default: return keys.has(`${t.kind}:${t.schema}.${t.name}`);
  }
}
