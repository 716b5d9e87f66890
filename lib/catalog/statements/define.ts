/** DefineStmt covers several CREATE forms: collations are modelled; a shell type (`CREATE TYPE t`) has no effect until defined; others are reported. */
import type { DefineStmt } from '@pgsql/types';
import type { ApplyContext } from './context.js';
import { createCollation } from './collation.js';
import { createAggregate } from './aggregate.js';
import { createOperator } from './operator.js';
import { noteOutsideType } from './outside.js';
import { qualifiedFromList, strings } from '../../parse/ast.js';

export function define(ctx: ApplyContext, s: DefineStmt): void {
  if (s.kind === 'OBJECT_COLLATION') return createCollation(ctx, s);
  if (s.kind === 'OBJECT_AGGREGATE') return createAggregate(ctx, s);
  if (s.kind === 'OBJECT_OPERATOR') return createOperator(ctx, s);
  if (s.kind === 'OBJECT_TYPE') noteOutsideType(ctx.cat, qualifiedFromList(strings(s.defnames)));
  if (s.kind === 'OBJECT_TYPE' && !s.definition?.length) return; // shell type, completed by a later CREATE TYPE
  ctx.diags.push({
    code: 'unmodelled-statement',
    severity: 'warning',
    message: `CREATE ${String(s.kind).replace('OBJECT_', '')} is not modelled by the catalogue; objects it creates are not tracked`,
    file: ctx.stmt.file.path,
    span: ctx.stmt.span,
  });
}
