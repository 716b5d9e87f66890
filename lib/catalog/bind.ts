/**
 * bind: schema files → catalogue. Files may come in any order and objects may be spread over
 * files: statements are applied in dependency phases (schemas, extensions, types, sequences,
 * tables, alterations, indexes, comments), each with the search_path that was in effect where
 * it was written; foreign keys are resolved once every table exists.
 */
import type { Diagnostic } from '../source/diagnostic.js';
import type { ParsedFile, Statement } from '../parse/parse.js';
import { type Catalog, emptyCatalog } from './model/catalog.js';
import { applyGuarded } from './statements/guard.js';
import { primaryKeyColumns } from './statements/constraint.js';
import { resolveTable } from './query/resolve.js';
import { orderWithinPhases, phaseOverride, renamePhases, viewNames } from './bind-order.js';
import { droppedLaterDeclarations, earlyCascadingDrops, fileOrderPhases, keptByEarlyDrops } from './bind-drops.js';
import { census } from './query/census.js';
import { resolveViews } from './statements/view.js';
import { resolveFunctions } from './statements/function.js';
import { resolvePolicies } from './statements/policy.js';
import { resolveRules } from './statements/rule.js';
import { collectHints } from './hints.js';
import { resolveOperators } from './statements/operator.js';
import { qualifyRangeOptions } from './statements/range.js';
import { runDeferredLikeCopies } from './statements/table-like.js';
import { qualifyRowTypes } from './query/type-refs.js';
import { settleExprNames } from './query/expr-qualify.js';
import { exprKey } from './query/expr.js';

const PHASE: Record<string, number> = {
  CreateSchemaStmt: 0,
  CreateExtensionStmt: 1,
  AlterDefaultPrivilegesStmt: 0.5,
  CreateEnumStmt: 2,
  AlterEnumStmt: 2,
  CreateDomainStmt: 2,
  CompositeTypeStmt: 2,
  CreateRangeStmt: 2,
  AlterDomainStmt: 5,
  AlterTSDictionaryStmt: 1.6, // with the CREATEs (bind-order.ts), in file order: a COPY takes the mappings as they stand
  AlterTSConfigurationStmt: 1.7,
  CreatePolicyStmt: 8.5, // after tables and the functions their expressions call
  // publications after the tables and schemas they name (and the functions row filters call); ALTERs in file order with them
  CreatePublicationStmt: 8.7,
  AlterPublicationStmt: 8.7,
  AlterPolicyStmt: 8.6,
  GrantStmt: 9, // after every object
  AlterOwnerStmt: 9,
  AlterExtensionStmt: 5,
  CreateSeqStmt: 3,
  CreateStmt: 4,
  CreateForeignTableStmt: 4, // not modelled, but the statements pg_dump prints about it must know its name
  AlterTableStmt: 5,
  AlterSeqStmt: 5,
  RenameStmt: 5,
  AlterObjectSchemaStmt: 5,
  IndexStmt: 6,
  ClusterStmt: 6.5, // CLUSTER t USING i marks an index: once indexes exist
  CreateStatsStmt: 6.2, // after the tables and columns they are built on
  AlterStatsStmt: 6.3,
  // functions once tables exist (row types in signatures); views after (analysed lazily); triggers last
  CreateFunctionStmt: 4.5,
  AlterFunctionStmt: 5,
  ViewStmt: 5.5,
  CreateTableAsStmt: 5.5,
  RuleStmt: 5.5, // a view's "_RETURN" rule: with the views, in file order (other rules: bind-order.ts)
  // operators once functions (and aggregates) exist; classes and family members after the operators they name, in file order
  AlterOperatorStmt: 4.7,
  CreateOpFamilyStmt: 4.75,
  CreateOpClassStmt: 4.8,
  AlterOpFamilyStmt: 4.8,
  // casts and event triggers once the functions (and types) they name exist; before RENAME (5)
  CreateCastStmt: 4.68,
  CreateEventTrigStmt: 4.6,
  AlterEventTrigStmt: 4.61,
  CreateTrigStmt: 6.6,
  CommentStmt: 7,
};
const SESSION = new Set(['VariableSetStmt', 'SelectStmt']);

export interface BindResult {
  catalog: Catalog;
  diagnostics: Diagnostic[];
}

/** `pgVersion`: the PostgreSQL major version whose behaviour is modelled where versions differ (default 15). */
export function bind(files: ParsedFile[], opts: { defaultSchema?: string; migrationRole?: string; pgVersion?: number } = {}): BindResult {
  const defaultSchema = opts.defaultSchema ?? 'public';
  const catalog = emptyCatalog(defaultSchema);
  if (opts.migrationRole) catalog.migrationRole = opts.migrationRole;
  const diagnostics: Diagnostic[] = [];
  const sorted = [...files].sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  // 1. record the search_path in effect at each statement, in file order
  const items: { stmt: Statement; path: string[]; role?: string; am?: string; order: number }[] = [];
  let order = 0;
  for (const f of sorted) {
    diagnostics.push(...f.diagnostics);
    catalog.searchPath = [defaultSchema];
    delete catalog.sessionRole;
    delete catalog.defaultTableAccessMethod;
    for (const stmt of f.statements) {
      if (SESSION.has(stmt.type)) {
        applyGuarded(catalog, stmt, diagnostics, { mode: 'bind', pgVersion: opts.pgVersion });
        continue;
      }
      items.push({ stmt, path: [...catalog.searchPath], role: catalog.sessionRole, am: catalog.defaultTableAccessMethod, order: order++ });
    }
  }
  // 2. apply in dependency phases
  const views = viewNames(items); // ALTER VIEW and ALTER TABLE naming a view: once views exist
  const basePhase = (it: (typeof items)[number]) => phaseOverride(it.stmt, views, it.path) ?? PHASE[it.stmt.type] ?? 8;
  const dropPhases = fileOrderPhases(items, basePhase); // DROP v; CREATE v: the drop keeps its place (bind-drops.ts)
  const renames = renamePhases(items, basePhase); // RENAME / SET SCHEMA after what names the old name
  const phase = (it: (typeof items)[number]) => dropPhases.get(it) ?? renames.get(it) ?? basePhase(it);
  const earlyDrops = earlyCascadingDrops(items, phase, dropPhases); // items are still in file order
  items.sort((a, b) => phase(a) - phase(b) || a.order - b.order);
  for (const it of orderWithinPhases(items, phase)) {
    catalog.searchPath = it.path.length ? it.path : [defaultSchema];
    if (it.role) catalog.sessionRole = it.role;
    else delete catalog.sessionRole;
    if (it.am) catalog.defaultTableAccessMethod = it.am;
    else delete catalog.defaultTableAccessMethod;
    // a DROP run in its own (late) phase must not remove what the file declares after it
    const before = it.stmt.type === 'DropStmt' && !dropPhases.has(it) ? census(catalog) : undefined;
    applyGuarded(catalog, it.stmt, diagnostics, { mode: 'bind', pgVersion: opts.pgVersion });
    if (before) diagnostics.push(...droppedLaterDeclarations(it.stmt, before, census(catalog)));
    collectHints(catalog, it.stmt, diagnostics); // -- pgshift:renamed-from
  }
  catalog.searchPath = [defaultSchema];
  delete catalog.sessionRole;
  settleExprNames(catalog, exprKey); // calls written under another search_path, of functions bound after them
  delete catalog.defaultTableAccessMethod;
  runDeferredLikeCopies(catalog); // LIKE … INCLUDING INDEXES / COMMENTS, once the sources are complete
  resolveForeignKeys(catalog, diagnostics);
  resolveViews(catalog);
  qualifyRowTypes(catalog); // row types of tables and views named by types bound before them
  resolveFunctions(catalog);
  resolvePolicies(catalog);
  resolveRules(catalog);
  resolveOperators(catalog);
  for (const r of catalog.ranges.values()) qualifyRangeOptions(catalog, r); // classes and functions bound after the types
  diagnostics.push(...keptByEarlyDrops(catalog, earlyDrops));
  return { catalog, diagnostics };
}

/** Every FK must reference an existing table; a column-level REFERENCES without columns means the referenced primary key. */
function resolveForeignKeys(cat: Catalog, diags: Diagnostic[]): void {
  for (const t of cat.tables.values()) {
    for (const c of t.constraints.values()) {
      if (c.kind !== 'foreign') continue;
      const ref = resolveTable(cat, { schema: c.refSchema, name: c.refTable });
      if (!ref) {
        diags.push({
          code: 'missing-object',
          severity: 'error',
          message: `foreign key ${c.name} on ${t.schema}.${t.name} references missing table ${c.refSchema}.${c.refTable}`,
          file: c.origin?.file,
          span: c.origin?.span,
          help: `Define table ${c.refSchema}.${c.refTable} in the schema, or remove the foreign key.`,
        });
        continue;
      }
      if (!c.refColumns.length) c.refColumns = primaryKeyColumns(ref);
      for (const col of c.refColumns) {
        if (!ref.columns.has(col)) {
          diags.push({ code: 'missing-object', severity: 'error', message: `foreign key ${c.name} on ${t.schema}.${t.name} references missing column ${ref.name}.${col}`, file: c.origin?.file, span: c.origin?.span });
        }
      }
    }
  }
}
