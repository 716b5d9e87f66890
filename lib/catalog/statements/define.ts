/** DefineStmt covers several CREATE forms: collations, aggregates, operators, text search dictionaries and configurations are modelled; a shell type (`CREATE TYPE t`) has no effect until defined; others are reported. */
import type { DefineStmt } from '@pgsql/types';
import type { ApplyContext } from './context.js';
import { createCollation } from './collation.js';
import { createAggregate } from './aggregate.js';
import { createOperator } from './operator.js';
import { createTsDictionary } from './text-search-dictionary.js';
import { createTsConfig } from './text-search-config.js';
import { noteOutsideType } from './outside.js';
import { qualifiedFromList, strings } from '../../parse/ast.js';

export function define(ctx: ApplyContext, s: DefineStmt): void {
  if (s.kind === 'OBJECT_COLLATION') return createCollation(ctx, s);
  if (s.kind === 'OBJECT_AGGREGATE') return createAggregate(ctx, s);
  if (s.kind === 'OBJECT_OPERATOR') return createOperator(ctx, s);
  if (s.kind === 'OBJECT_TSDICTIONARY') return createTsDictionary(ctx, s);
  if (s.kind === 'OBJECT_TSCONFIGURATION') return createTsConfig(ctx, s);
  if (s.kind === 'OBJECT_TYPE') noteOutsideType(ctx.cat, qualifiedFromList(strings(s.defnames)));
  if (s.kind === 'OBJECT_TYPE' && !s.definition?.length) return; // shell type, completed by a later CREATE TYPE
  if (s.kind === 'OBJECT_TSPARSER' || s.kind === 'OBJECT_TSTEMPLATE') {
    // C functions (superuser only): configurations and dictionaries name them, but they are not created
    const what = s.kind === 'OBJECT_TSPARSER' ? 'PARSER' : 'TEMPLATE';
    ctx.diags.push({
      code: 'unmodelled-statement', severity: 'warning', file: ctx.stmt.file.path, span: ctx.stmt.span,
      message: `CREATE TEXT SEARCH ${what} is not modelled by the catalogue: the migration will not create it; create it outside pgshift (it needs superuser and C functions) before the objects that use it`,
    });
    return;
  }
  ctx.diags.push({
    code: 'unmodelled-statement',
    severity: 'warning',
    message: `CREATE ${String(s.kind).replace('OBJECT_', '')} is not modelled by the catalogue; objects it creates are not tracked`,
    file: ctx.stmt.file.path,
    span: ctx.stmt.span,
  });
}
