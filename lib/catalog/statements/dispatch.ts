/**
 * Apply one parsed statement to the catalogue. The one dispatcher shared by `bind` (schema files)
 * and `replay` (a chain): each statement type has one handler; DML and session statements have no
 * catalogue effect; anything else is reported as `unmodelled-statement`.
 */
import { createForeignTable } from './outside.js';
import type { Diagnostic } from '../../source/diagnostic.js';
import type { Statement } from '../../parse/parse.js';
import type { Catalog } from '../model/catalog.js';
import { type ApplyContext, type ApplyMode, DEFAULT_PG_VERSION } from './context.js';
import { inner } from '../../parse/ast.js';
import { alterTable } from './alter-table.js';
import { comment } from './comment.js';
import { drop } from './drop.js';
import { alterEnum, createEnum } from './enum.js';
import { createExtension } from './extension.js';
import { createIndex } from './index-def.js';
import { rename, setSchema } from './rename.js';
import { createSchema } from './schema.js';
import { alterSequence, createSequence } from './sequence.js';
import { select, variableSet } from './settings.js';
import { createTable } from './table.js';
import { alterDomain, createDomain } from './domain.js';
import { createComposite } from './composite.js';
import { createRange } from './range.js';
import { define } from './define.js';
import { alterExtension } from './extension.js';
import { alterPolicy, createPolicy } from './policy.js';
import { grant } from './privilege.js';
import { afterCreation, alterDefaultPrivileges, beforeCreation } from './default-privileges.js';
import { alterOwner } from './owner.js';
import { createTableAs, createView } from './view.js';
import { alterFunction, createFunction } from './function.js';
import { createTrigger } from './trigger.js';
import { alterStatistics, createStatistics } from './statistics.js';
import { cluster } from './cluster.js';
import { forgetDropLookups } from '../query/drop-lookup.js';
import { createRule } from './rule.js';
import { alterOperator } from './operator.js';
import { alterOpFamily, createOpClass, createOpFamily } from './operator-class.js';
import { alterTsDictionary } from './text-search-dictionary.js';
import { alterTsConfig } from './text-search-config.js';
import { alterPublication, createPublication } from './publication.js';
import { createCast } from './cast.js';
import { alterEventTrigger, createEventTrigger } from './event-trigger.js';

type Handler = (ctx: ApplyContext, node: any) => void;

const HANDLERS: Record<string, Handler> = {
  CreateSchemaStmt: createSchema,
  CreateExtensionStmt: createExtension,
  CreateEnumStmt: createEnum,
  AlterEnumStmt: alterEnum,
  CreateDomainStmt: createDomain,
  AlterDomainStmt: alterDomain,
  CompositeTypeStmt: createComposite,
  CreateRangeStmt: createRange,
  DefineStmt: define,
  AlterExtensionStmt: alterExtension,
  CreatePolicyStmt: createPolicy,
  GrantStmt: grant,
  AlterDefaultPrivilegesStmt: alterDefaultPrivileges,
  AlterOwnerStmt: alterOwner,
  AlterPolicyStmt: alterPolicy,
  CreateSeqStmt: createSequence,
  AlterSeqStmt: alterSequence,
  CreateStmt: createTable,
  CreateForeignTableStmt: createForeignTable,
  AlterTableStmt: alterTable,
  IndexStmt: createIndex,
  ViewStmt: createView,
  CreateTableAsStmt: createTableAs,
  CreateFunctionStmt: createFunction,
  AlterFunctionStmt: alterFunction,
  CreateTrigStmt: createTrigger,
  DropStmt: drop,
  CreateStatsStmt: createStatistics,
  AlterStatsStmt: alterStatistics,
  RuleStmt: createRule,
  AlterOperatorStmt: alterOperator,
  CreateOpFamilyStmt: createOpFamily,
  CreateOpClassStmt: createOpClass,
  AlterOpFamilyStmt: alterOpFamily,
  AlterTSDictionaryStmt: alterTsDictionary,
  AlterTSConfigurationStmt: alterTsConfig,
  CreatePublicationStmt: createPublication,
  AlterPublicationStmt: alterPublication,
  CreateCastStmt: createCast,
  CreateEventTrigStmt: createEventTrigger,
  AlterEventTrigStmt: alterEventTrigger,
  RenameStmt: rename,
  AlterObjectSchemaStmt: setSchema,
  CommentStmt: comment,
  VariableSetStmt: variableSet,
  SelectStmt: select,
  ClusterStmt: cluster,
};

/** Statements with no effect on the schema (data, transactions, sessions, maintenance, ownership, privileges until modelled). */
export const NO_EFFECT = new Set([
  'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'TransactionStmt', 'VariableShowStmt', 'LockStmt', 'CopyStmt',
  'TruncateStmt', 'VacuumStmt', 'ReindexStmt', 'CheckPointStmt', 'ExplainStmt', 'NotifyStmt', 'ListenStmt',
  'UnlistenStmt', 'DiscardStmt', 'PrepareStmt', 'ExecuteStmt', 'DeallocateStmt',
  'GrantRoleStmt', 'CreateRoleStmt', 'AlterRoleStmt', 'DropRoleStmt', 'AlterRoleSetStmt',
  'CreatedbStmt', 'DropdbStmt', 'AlterDatabaseStmt', 'AlterDatabaseSetStmt', 'ConstraintsSetStmt', 'SecLabelStmt',
  'CallStmt', 'RefreshMatViewStmt', 'AlterSystemStmt', 'LoadStmt', 'DeclareCursorStmt', 'FetchStmt', 'ClosePortalStmt',
]);

export interface ApplyOptions {
  mode: ApplyMode;
  /** The PostgreSQL major version to model where versions differ (ATTACH PARTITION's choice of keys); default 15. */
  pgVersion?: number;
}

export function applyStatement(cat: Catalog, stmt: Statement, diags: Diagnostic[], opts: ApplyOptions): void {
  const handler = HANDLERS[stmt.type];
  const ctx: ApplyContext = { cat, stmt, mode: opts.mode, diags, pgVersion: opts.pgVersion ?? DEFAULT_PG_VERSION };
  if (stmt.type !== 'DropStmt') forgetDropLookups(cat); // a DROP only removes: the reverse lookups stay exact
  if (handler) {
    const sizes = beforeCreation(cat, stmt); // default privileges for the objects the statement creates
    handler(ctx, inner(stmt.node));
    if (sizes) afterCreation(ctx, sizes);
    return;
  }
  if (NO_EFFECT.has(stmt.type)) return;
  diags.push({
    code: 'unmodelled-statement',
    severity: 'warning',
    message: `${stmt.type.replace(/Stmt$/, '')} statements are not modelled by the catalogue; objects they create or change are not tracked`,
    file: stmt.file.path,
    span: stmt.span,
  });
}

/** Is this statement one the catalogue models (or knows to have no effect)? */
export function isModelled(type: string): boolean {
  return type in HANDLERS || NO_EFFECT.has(type);
}
