/** diff: catalogue × catalogue → typed changes (unordered; `plan` orders them). */
import type { Catalog } from '../catalog/model/catalog.js';
import type { Change, CommentTarget } from './change.js';
import type { DiffContext, DiffOptions } from './context.js';
import { diffDefaultPrivileges, diffPrivileges } from './privileges.js';
import { diffPolicies } from './policies.js';
import { diffComments } from './comments.js';
import { diffStatistics, diffStatisticsObjects } from './statistics.js';
import { diffEnums } from './enums.js';
import { diffIndexes } from './indexes.js';
import { diffExtensions, diffSchemas } from './schemas.js';
import { diffSequences } from './sequences.js';
import { diffTables } from './tables.js';
import { diffCollations, diffUserTypes } from './user-types.js';
import type { Diagnostic } from '../source/diagnostic.js';
import { diffFunctions } from './functions.js';
import { diffViews } from './views.js';
import { diffTriggers } from './triggers.js';
import { diffRules } from './rules.js';
import { diffOperators } from './operators.js';
import { diffCasts } from './casts.js';
import { diffTextSearch } from './text-search.js';
import { diffPublications } from './publications.js';
import { diffTableStorage } from './table-storage.js';
import { diffColumnStorage, diffMatviewCompression } from './column-storage.js';
import { diffCluster } from './cluster.js';
import { breakViewCycles } from './view-cycles.js';
import { dedupeComments, recreateDependents } from './cascade.js';
import { readdReferencingForeignKeys } from './referencing-keys.js';
import { validateInheritedChecks } from './inherited-checks.js';
import { dropKeysBetweenDroppedTrees } from './dropped-tree-keys.js';
import { diffReplicaIdentity } from './replica-identity.js';
import { applyRenameHints, renameSuggestions } from './renames.js';
import { deferAttachRivals, recreateAttachRivals } from './attach-rivals.js';

export interface DiffResult {
  changes: Change[];
  /** The catalogue the changes start from: `from` after the hinted renames (the first changes). */
  from: Catalog;
  /** Rename hints that are ambiguous (errors) or drops + adds that may have been renames (info). */
  diagnostics: Diagnostic[];
}

export function diff(from: Catalog, to: Catalog, options: DiffOptions = {}): Change[] {
  return diffCatalogs(from, to, options).changes;
}

export function diffCatalogs(original: Catalog, to: Catalog, options: DiffOptions = {}): DiffResult {
  const renamed = applyRenameHints(original, to);
  const from = renamed.from;
  const ctx: DiffContext = { from, to, changes: [], options };
  diffSchemas(ctx);
  diffExtensions(ctx);
  diffEnums(ctx);
  diffCollations(ctx);
  diffTextSearch(ctx);
  diffUserTypes(ctx);
  diffSequences(ctx);
  diffTables(ctx);
  diffTableStorage(ctx);
  diffIndexes(ctx);
  diffPolicies(ctx);
  diffFunctions(ctx);
  diffOperators(ctx);
  diffViews(ctx);
  diffTriggers(ctx);
  diffRules(ctx);
  // before the attributes: what it drops and creates again gets its comments, statistics and identity back
  recreateDependents(ctx);
  // after the functions and types, and what the cascade re-creates: a cast or event trigger whose
  // function or type is dropped goes first and is created again
  diffCasts(ctx);
  readdReferencingForeignKeys(ctx); // after every key the changes drop, the cascade's too
  dropKeysBetweenDroppedTrees(ctx); // partitions' foreign keys between tables dropped together
  validateInheritedChecks(ctx); // after every CHECK the changes add, the cascade's too
  recreateAttachRivals(ctx); // an existing partition's own index an ATTACH would adopt instead of the new copy
  diffPublications(ctx); // after every table the changes drop or create again
  const tablesAndColumns = recreatedKeys(ctx.changes);
  diffStatisticsObjects(ctx, (t) => recreatedBy(tablesAndColumns, t));
  const keys = recreatedKeys(ctx.changes);
  diffComments(ctx, (t) => recreatedBy(keys, t));
  diffStatistics(ctx, (t) => recreatedBy(keys, t));
  diffColumnStorage(ctx, (t) => recreatedBy(keys, t));
  diffMatviewCompression(ctx);
  diffCluster(ctx, (t) => recreatedBy(keys, t));
  diffReplicaIdentity(ctx, (k) => keys.has(k));
  dedupeComments(ctx.changes);
  breakViewCycles(ctx); // a view and a function reading each other: pg_dump's placeholder view
  diffDefaultPrivileges(ctx);
  diffPrivileges(ctx);
  deferAttachRivals(ctx); // keys and indexes an ATTACH PARTITION could adopt instead: after it
  const diagnostics = [...renamed.diagnostics, ...renameSuggestions(ctx)];
  return { changes: [...renamed.changes, ...ctx.changes], from, diagnostics };
}

/** Keys of objects created (or re-created) by these changes: their comments must be set again. */
function recreatedKeys(changes: Change[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    switch (c.kind) {
      case 'create_table': out.add(`table:${c.table.schema}.${c.table.name}`); break;
      case 'add_column': out.add(`column:${c.table.schema}.${c.table.name}.${c.column.name}`); break;
      case 'add_constraint':
        out.add(`constraint:${c.table.schema}.${c.table.name}.${c.constraint.name}`);
        // a key builds a new index (unless it adopts one, which keeps its comment)
        if (c.constraint.kind !== 'check' && c.constraint.kind !== 'foreign' && !c.usingIndex) out.add(`index:${c.table.schema}.${c.constraint.name}`);
        break;
      case 'create_index': out.add(`index:${c.index.schema}.${c.index.name}`); break;
      case 'create_sequence': out.add(`sequence:${c.sequence.schema}.${c.sequence.name}`); break;
      case 'create_enum':
      case 'create_composite':
      case 'create_range':
      case 'recreate_enum': out.add(`type:${c.type.schema}.${c.type.name}`); break;
      case 'create_domain': out.add(`type:${c.domain.schema}.${c.domain.name}`); break;
      case 'create_collation': out.add(`collation:${c.collation.schema}.${c.collation.name}`); break;
      case 'create_ts_dictionary': out.add(`text search dictionary:${c.dictionary.schema}.${c.dictionary.name}`); break;
      case 'create_ts_config': out.add(`text search configuration:${c.config.schema}.${c.config.name}`); break;
      case 'add_attribute': out.add(`attribute:${c.type.schema}.${c.type.name}.${c.attribute.name}`); break;
      case 'add_domain_constraint': out.add(`domain_constraint:${c.domain.schema}.${c.domain.name}.${c.constraint.name}`); break;
      case 'create_policy': out.add(`policy:${c.table.schema}.${c.table.name}.${c.policy.name}`); break;
      case 'create_schema': out.add(`schema:${c.schema.name}`); break;
      case 'create_publication': out.add(`publication:${c.publication.name}`); break;
      case 'create_statistics': out.add(`statistics:${c.statistics.schema}.${c.statistics.name}`); break;
      case 'create_operator': out.add(`operator:${c.operator.schema}.${c.operator.name}`); break;
      case 'create_operator_class': out.add(`operator class:${c.opclass.schema}.${c.opclass.name}`); break;
      case 'create_operator_family': out.add(`operator family:${c.family.schema}.${c.family.name}`); break;
      default: break;
    }
  }
  return out;
}

function recreatedBy(keys: Set<string>, t: CommentTarget): boolean {
  switch (t.kind) {
    case 'schema': return keys.has(`schema:${t.name}`);
    case 'publication': return keys.has(`publication:${t.name}`);
    case 'table': return keys.has(`table:${t.schema}.${t.name}`);
    case 'column': return keys.has(`table:${t.schema}.${t.table}`) || keys.has(`column:${t.schema}.${t.table}.${t.name}`);
    case 'constraint': return keys.has(`table:${t.schema}.${t.table}`) || keys.has(`constraint:${t.schema}.${t.table}.${t.name}`);
    case 'attribute': return keys.has(`type:${t.schema}.${t.type}`) || keys.has(`attribute:${t.schema}.${t.type}.${t.name}`);
    case 'domain_constraint': return keys.has(`type:${t.schema}.${t.domain}`) || keys.has(`domain_constraint:${t.schema}.${t.domain}.${t.name}`);
    case 'policy': return keys.has(`table:${t.schema}.${t.table}`) || keys.has(`policy:${t.schema}.${t.table}.${t.name}`);
    case 'cast':
    case 'event trigger': return false; // casts.ts sets the comments of those it creates
    default: return keys.has(`${t.kind}:${t.schema}.${t.name}`);
  }
}
