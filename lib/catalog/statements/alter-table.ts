/** ALTER TABLE and its subcommands, applied to the catalogue in order. */
import { isForeignTable, warnOutside } from './outside.js';
import type { AlterTableCmd, AlterTableStmt, ColumnDef, Constraint as PgConstraint, DefElem } from '@pgsql/types';
import type { Table } from '../model/catalog.js';
import { type ApplyContext, fail, origin, writtenAfter } from './context.js';
import { missingRelation } from './unmodelled.js';
import { defElems, listItems, qualifiedFromRangeVar } from '../../parse/ast.js';
import { buildColumn, identityFrom, requireColumn } from './column.js';
import { addConstraint } from './constraint.js';
import { dropRedundantKeys } from './redundant-keys.js';
import { alterConstraint } from './alter-constraint.js';
import { removeColumn, removeConstraint } from './dependents.js';
import { isNullExpr, makeExpr } from '../query/expr.js';
import { resolveTable } from '../query/resolve.js';
import { retypedSequence, sequenceOptions, sequenceRangeError } from './sequence.js';
import { typeFromNode } from '../query/types.js';
import { alterComposite } from './composite.js';
import { collationFromNames } from './collation.js';
import { rowSecurityCmd } from './policy.js';
import { alterRelationOwner } from './owner.js';
import { adoptionAt, alterIndexAttach, partitionCmd } from './partition.js';
import { dropColumnOnly, inheritedFromParents, parentState, propagateToChildren, validChecksOfLaterChildren } from './inheritance.js';
import { childrenOf } from '../query/children.js';
import { alterView, isViewTarget } from './view.js';
import { triggerStateCmd } from './trigger.js';
import { ruleStateCmd } from './rule.js';
import { alterIndexStatistics, setColumnStatistics } from './statistics.js';
import { columnTypeBlockers } from '../query/column-users.js';
import { replicaIdentityCmd } from './replica-identity.js';
import { tableStorageCmd } from './table-storage.js';
import { clusterCmd } from './cluster.js';
import { accessMethodCmd } from './access-method.js';
import { columnStorageCmd, resetColumnStorage, storageToLaterChildren } from './column-storage.js';
import { alterIndexOptions } from './index-options.js';

/** Subcommands that change only physical or ownership properties pgshift does not model. */
const PHYSICAL = new Set([
  'AT_ChangeOwner', 'AT_SetStatistics', 'AT_SetStorage', 'AT_SetCompression', 'AT_SetOptions', 'AT_ResetOptions',
  'AT_SetRelOptions', 'AT_ResetRelOptions', 'AT_ReplaceRelOptions', 'AT_ClusterOn', 'AT_DropCluster', 'AT_SetTableSpace',
  'AT_ReplicaIdentity', 'AT_EnableTrig', 'AT_DisableTrig', 'AT_EnableAlwaysTrig', 'AT_EnableReplicaTrig', 'AT_EnableTrigAll',
  'AT_DisableTrigAll', 'AT_EnableTrigUser', 'AT_DisableTrigUser', 'AT_SetAccessMethod',
]);

export function alterTable(ctx: ApplyContext, s: AlterTableStmt): void {
  const cmds = (s.cmds ?? []).map((n) => (n as { AlterTableCmd: AlterTableCmd }).AlterTableCmd);
  if (s.objtype === 'OBJECT_TYPE') return alterComposite(ctx, s);
  // foreign tables are not modelled: every ALTER of one is a warning, as its CREATE is
  if (s.objtype === 'OBJECT_FOREIGN_TABLE' || (s.relation && isForeignTable(ctx.cat, qualifiedFromRangeVar(s.relation)) && !resolveTable(ctx.cat, qualifiedFromRangeVar(s.relation)))) {
    return warnOutside(ctx, `ALTER FOREIGN TABLE ${s.relation?.relname ?? ''} is not modelled by the catalogue; foreign tables are not tracked`);
  }
  if (alterRelationOwner(ctx, s)) return;
  if (isViewTarget(ctx.cat, s)) return alterView(ctx, s); // ALTER VIEW / MATERIALIZED VIEW, or ALTER TABLE naming a view
  if (alterIndexAttach(ctx, s)) return;
  if (alterIndexStatistics(ctx, s, cmds)) return;
  if (alterIndexOptions(ctx, s, cmds)) return; // ALTER INDEX … SET / RESET (storage parameters)
  if (s.objtype && s.objtype !== 'OBJECT_TABLE') {
    const bad = cmds.find((c) => !PHYSICAL.has(c.subtype ?? ''));
    if (bad) fail(ctx, 'unmodelled-statement', `ALTER ${s.objtype.replace('OBJECT_', '')} ${bad.subtype} is not modelled`);
    return;
  }
  const q = qualifiedFromRangeVar(s.relation!);
  const table = resolveTable(ctx.cat, q);
  if (!table) {
    if (!s.missing_ok) missingRelation(ctx, q, `relation "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
    return;
  }
  for (const cmd of cmds) {
    if (partitionCmd(ctx, table, cmd)) continue;
    const before = parentState(table);
    const onlyDrop = !s.relation?.inh && cmd.subtype === 'AT_DropColumn' && table.columns.has(cmd.name ?? '');
    if (onlyDrop && table.partitionBy && childrenOf(ctx.cat, table).length) {
      fail(ctx, 'invalid-definition', 'cannot drop column from only the partitioned table when partitions exist', 'Do not specify the ONLY keyword.');
      continue;
    }
    alterTableCmd(ctx, table, cmd, !!s.relation?.inh);
    // without ONLY, partitions and inheriting tables follow; ONLY DROP COLUMN leaves the children's copies as their own
    if (s.relation?.inh) propagateToChildren(ctx.cat, table, cmd, before, adoptionAt(ctx));
    else if (onlyDrop && !table.columns.has(cmd.name ?? '')) dropColumnOnly(ctx.cat, table, cmd.name ?? '');
    storageToLaterChildren(ctx, table, cmd, !!s.relation?.inh);
    // bind applies CREATE TABLE before ALTER TABLE: children written after this statement came later
    if (s.relation?.inh && ctx.mode === 'bind') {
      const at = origin(ctx);
      validChecksOfLaterChildren(ctx.cat, table, before, (t) => !!t.origin && writtenAfter(t.origin, at));
    }
  }
}

function alterTableCmd(ctx: ApplyContext, table: Table, cmd: AlterTableCmd, recurse: boolean): void {
  const sub = cmd.subtype ?? '';
  if (triggerStateCmd(ctx, table, cmd, recurse)) return; // ENABLE / DISABLE TRIGGER
  if (ruleStateCmd(ctx, table, cmd)) return; // ENABLE / DISABLE RULE
  if (sub === 'AT_SetStatistics') return setColumnStatistics(ctx, table, cmd);
  if (sub === 'AT_ReplicaIdentity') return replicaIdentityCmd(ctx, table, cmd);
  if (tableStorageCmd(table, cmd)) return; // SET (…) / RESET (…)
  if (columnStorageCmd(ctx, table, cmd)) return; // ALTER COLUMN … SET STORAGE / SET COMPRESSION
  if (clusterCmd(ctx, table, cmd)) return; // CLUSTER ON / SET WITHOUT CLUSTER
  if (accessMethodCmd(ctx, table, cmd)) return; // SET ACCESS METHOD
  if (PHYSICAL.has(sub) || rowSecurityCmd(table, sub)) return;
  const col = () => requireColumn(ctx, table, cmd.name ?? '');
  switch (sub) {
    case 'AT_AddColumn': {
      const def = (cmd.def as { ColumnDef: ColumnDef }).ColumnDef;
      if (table.columns.has(def.colname ?? '')) {
        if (!cmd.missing_ok) fail(ctx, 'duplicate-object', `column "${def.colname}" of relation ${table.name} already exists`);
        return;
      }
      const { column, constraints } = buildColumn(ctx, table, def);
      table.columns.set(column.name, column);
      for (const c of dropRedundantKeys(constraints)) addConstraint(ctx, table, c.node, { column: c.column });
      return;
    }
    case 'AT_DropColumn': {
      const c = table.columns.get(cmd.name ?? '');
      if (!c) {
        if (!cmd.missing_ok) fail(ctx, 'missing-object', `column "${cmd.name}" of relation ${table.name} does not exist`);
        return;
      }
      if (inheritedFromParents(ctx.cat, table, c.name)) return fail(ctx, 'invalid-definition', `cannot drop inherited column "${c.name}"`);
      const blockers = removeColumn(ctx.cat, table, c, cmd.behavior === 'DROP_CASCADE');
      if (blockers.length) fail(ctx, 'dependent-objects', `cannot drop column ${c.name} of table ${table.name} because other objects depend on it: ${blockers.join(', ')}`, 'Use DROP ... CASCADE to drop the dependent objects too.');
      return;
    }
    case 'AT_AlterColumnType': {
      const c = col();
      if (!c) return;
      const blockers = columnTypeBlockers(ctx.cat, table, c.name);
      if (blockers.length) return fail(ctx, 'dependent-objects', blockers[0]!, 'Drop the dependent objects first and create them again after.');
      const def = (cmd.def as { ColumnDef: ColumnDef }).ColumnDef;
      const type = typeFromNode(def.typeName!, ctx.cat);
      if (c.identity && c.identity.options.dataType !== type.name) {
        // the identity's sequence takes the new type (ALTER SEQUENCE … AS): default bounds follow it
        if (type.schema || type.arrayDims || !['smallint', 'integer', 'bigint'].includes(type.name)) {
          return fail(ctx, 'invalid-definition', 'identity column type must be smallint, integer, or bigint');
        }
        const options = retypedSequence(c.identity.options, type.name);
        const error = sequenceRangeError(options);
        if (error) return fail(ctx, 'invalid-definition', error);
        c.identity.options = options;
      }
      c.type = type;
      resetColumnStorage(c);
      if (def.collClause) c.collation = collationFromNames(ctx.cat, def.collClause.collname);
      else delete c.collation;
      if (c.default) c.default = makeExpr(c.default.source ?? c.default.node, { type: c.type, catalog: ctx.cat });
      return;
    }
    case 'AT_SetNotNull': {
      const c = col();
      if (c) c.notNull = true;
      return;
    }
    case 'AT_DropNotNull': {
      const c = col();
      if (!c) return;
      const pk = [...table.constraints.values()].find((k) => k.kind === 'primary' && k.columns.includes(c.name));
      if (pk) return fail(ctx, 'invalid-definition', `column "${c.name}" is in a primary key`);
      if (c.identity) return fail(ctx, 'invalid-definition', `column "${c.name}" of relation "${table.name}" is an identity column`);
      c.notNull = false;
      return;
    }
    case 'AT_ColumnDefault': {
      const c = col();
      if (!c) return;
      if (cmd.def) c.default = makeExpr(cmd.def, { type: c.type, catalog: ctx.cat });
      // SET DEFAULT NULL stores no default, as DROP DEFAULT
      if (!cmd.def || isNullExpr(c.default, c.type, ctx.cat)) delete c.default;
      return;
    }
    case 'AT_AddIdentity': {
      const c = col();
      if (!c) return;
      c.identity = identityFrom(ctx, table, c.name, (cmd.def as { Constraint: PgConstraint }).Constraint, c.type.name);
      c.notNull = true;
      return;
    }
    case 'AT_SetIdentity': {
      const c = col();
      if (!c?.identity) return void (c && fail(ctx, 'invalid-definition', `column "${c.name}" of relation "${table.name}" is not an identity column`));
      const elems = defElems(listItems(cmd.def!));
      const gen = elems.find((d: DefElem) => d.defname === 'generated');
      if (gen) c.identity.kind = (gen.arg as any)?.Integer?.ival === 97 ? 'always' : 'by default';
      c.identity.options = sequenceOptions(elems.filter((d) => d.defname !== 'generated'), c.identity.options.dataType, c.identity.options);
      return;
    }
    case 'AT_DropIdentity': {
      const c = table.columns.get(cmd.name ?? '');
      if (!c?.identity) {
        if (!cmd.missing_ok) fail(ctx, 'invalid-definition', `column "${cmd.name}" of relation "${table.name}" is not an identity column`);
        return;
      }
      delete c.identity;
      return;
    }
    case 'AT_DropExpression': {
      // PostgreSQL 13+: the column keeps its values as a plain column; only STORED ones (PostgreSQL 18)
      const c = col();
      if (!c) return;
      if (c.virtual) return fail(ctx, 'invalid-definition', 'ALTER TABLE / DROP EXPRESSION is not supported for virtual generated columns');
      if (!c.generated) {
        if (!cmd.missing_ok) fail(ctx, 'invalid-definition', `column "${c.name}" of relation "${table.name}" is not a stored generated column`);
        return;
      }
      delete c.generated;
      return;
    }
    case 'AT_SetExpression': {
      // PostgreSQL 17+: a new expression for a generated column, of the same kind
      const c = col();
      if (!c) return;
      if (!c.generated) return fail(ctx, 'invalid-definition', `column "${c.name}" of relation "${table.name}" is not a generated column`);
      if (c.virtual && [...table.constraints.values()].some((k) => k.kind === 'check')) {
        return fail(ctx, 'invalid-definition', 'ALTER TABLE / SET EXPRESSION is not supported for virtual generated columns in tables with check constraints');
      }
      c.generated = makeExpr(cmd.def!, { type: c.type, catalog: ctx.cat, columns: table.columns });
      return;
    }
    case 'AT_AddConstraint':
      addConstraint(ctx, table, (cmd.def as { Constraint: PgConstraint }).Constraint);
      return;
    case 'AT_DropConstraint': {
      if (!table.constraints.has(cmd.name ?? '')) {
        if (!cmd.missing_ok) fail(ctx, 'missing-object', `constraint "${cmd.name}" of relation "${table.name}" does not exist`);
        return;
      }
      const blockers = removeConstraint(ctx.cat, table, cmd.name!, cmd.behavior === 'DROP_CASCADE');
      if (blockers.length) fail(ctx, 'dependent-objects', `cannot drop constraint ${cmd.name} on table ${table.name} because other objects depend on it: ${blockers.join(', ')}`);
      return;
    }
    case 'AT_ValidateConstraint': {
      const c = table.constraints.get(cmd.name ?? '');
      if (!c) return fail(ctx, 'missing-object', `constraint "${cmd.name}" of relation "${table.name}" does not exist`);
      c.notValid = false;
      return;
    }
    case 'AT_AlterConstraint':
      return alterConstraint(ctx, table, cmd);
    case 'AT_SetLogged':
      table.unlogged = false;
      return;
    case 'AT_SetUnLogged':
      table.unlogged = true;
      return;
    default:
      fail(ctx, 'unmodelled-statement', `ALTER TABLE ${sub.replace('AT_', '')} is not modelled; the catalogue after this statement may be uncertain`);
  }
}
