/** Column type changes with no cast between the types: reported at generate, naming the column. */
import type { Change } from './change.js';
import type { Diagnostic } from '../source/diagnostic.js';
import { typeToSql } from '../catalog/query/types.js';
import { NO_CAST_PLACEHOLDER } from '../catalog/query/casts.js';

export function noCastDiagnostics(changes: Change[], direction: 'up' | 'down'): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of changes) {
    if (c.kind !== 'alter_column_type' || !c.noCast) continue;
    out.push({
      code: 'no-cast',
      severity: 'warning',
      file: c.table.origin?.file,
      span: c.table.origin?.span,
      message: `column ${c.table.schema}.${c.table.name}.${c.column.name}: PostgreSQL has no cast from ${typeToSql(c.from.type)} to ${typeToSql(c.column.type)}; the ${direction} migration's USING clause is a placeholder that fails until it is replaced`,
      help: `Replace ${NO_CAST_PLACEHOLDER}(${c.column.name}) in ${direction}.sql with an expression that converts the old value, or add a new column and backfill it instead of changing the type.`,
    });
  }
  return out;
}
