/** CREATE [OR REPLACE] [CONSTRAINT] TRIGGER, DROP TRIGGER, ALTER TRIGGER … RENAME. */
import type { AlterTableCmd, CreateTrigStmt, RenameStmt } from '@pgsql/types';
import type { Catalog } from '../model/catalog.js';
import type { Trigger, TriggerEvent } from '../model/trigger.js';
import { triggerKey } from '../model/trigger.js';
import { type ApplyContext, fail, origin } from './context.js';
import { qualifiedFromList, qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { canonicalKey } from '../query/query-key.js';
import { withoutLocations } from '../query/query-analysis.js';
import { truncateIdent } from '../query/names.js';
import { resolveTable } from '../query/resolve.js';
import { resolveViewByName } from './view.js';
import { cloneTrigger, withClones } from './trigger-clones.js';
import { childrenOf } from '../query/children.js';

const TIMING_BEFORE = 2;
const TIMING_INSTEAD = 64;
const EVENTS: [number, TriggerEvent][] = [[4, 'insert'], [8, 'delete'], [16, 'update'], [32, 'truncate']];

/** The table or view a trigger is on: `{schema, name}` when it exists. */
export function triggerRelation(cat: Catalog, q: { schema?: string; name: string }): { schema: string; name: string } | undefined {
  const t = resolveTable(cat, q);
  if (t) return { schema: t.schema, name: t.name };
  const v = resolveViewByName(cat, q);
  return v ? { schema: v.schema, name: v.name } : undefined;
}

/**
 * The trigger function: a zero-argument function found through the search path. One the catalogue
 * does not know (a builtin such as suppress_redundant_updates_trigger, an extension's) keeps the
 * schema as written — none when unqualified or pg_catalog.
 */
function triggerFunction(cat: Catalog, names: string[]): { schema: string; name: string; found: boolean } {
  const q = qualifiedFromList(names);
  const name = truncateIdent(q.name);
  for (const s of q.schema ? [q.schema] : cat.searchPath) {
    if (cat.functions.has(`${s}.${name}()`)) return { schema: s, name, found: true };
  }
  // pg_catalog is searched first anyway: pg_dump prints its functions unqualified
  return { schema: q.schema === 'pg_catalog' ? '' : q.schema ?? '', name, found: false };
}

export function createTrigger(ctx: ApplyContext, s: CreateTrigStmt): void {
  const cat = ctx.cat;
  const q = qualifiedFromRangeVar(s.relation!);
  const rel = triggerRelation(cat, q);
  if (!rel) return fail(ctx, 'missing-object', `relation "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
  const fn = triggerFunction(cat, strings(s.funcname));
  // a user schema's function must exist; builtins and extensions' functions are not modelled
  if (!fn.found && ctx.mode === 'replay' && fn.schema && fn.schema !== 'pg_catalog' && cat.schemas.has(fn.schema) && !cat.extensions.size) {
    return fail(ctx, 'missing-object', `function ${fn.schema}.${fn.name}() does not exist`);
  }
  const timing = s.timing ?? 0;
  const events = s.events ?? 0;
  const t: Trigger = {
    schema: rel.schema,
    table: rel.name,
    name: truncateIdent(s.trigname ?? ''),
    timing: timing & TIMING_BEFORE ? 'before' : timing & TIMING_INSTEAD ? 'instead of' : 'after',
    events: EVENTS.filter(([bit]) => events & bit).map(([, e]) => e),
    columns: strings(s.columns),
    forEachRow: !!s.row,
    function: { schema: fn.schema, name: fn.name },
    args: strings(s.args),
    constraint: !!s.isconstraint,
    deferrable: !!s.deferrable || !!s.initdeferred,
    initiallyDeferred: !!s.initdeferred,
    origin: origin(ctx),
  };
  if (s.whenClause) {
    const node = withoutLocations(s.whenClause);
    t.when = { node, key: canonicalKey(node, cat, { row: cat.tables.get(`${rel.schema}.${rel.name}`) }) };
  }
  if (s.constrrel) {
    const from = triggerRelation(cat, qualifiedFromRangeVar(s.constrrel));
    if (from) t.fromTable = from;
    else if (ctx.mode === 'replay') return fail(ctx, 'missing-object', `relation "${s.constrrel.relname}" does not exist`);
    else t.fromTable = { schema: s.constrrel.schemaname ?? cat.searchPath[0] ?? 'public', name: truncateIdent(s.constrrel.relname ?? '') };
  }
  for (const n of s.transitionRels ?? []) {
    const tr = (n as { TriggerTransition: { name?: string; isNew?: boolean } }).TriggerTransition;
    if (tr.isNew) t.newTable = tr.name;
    else t.oldTable = tr.name;
  }
  const k = triggerKey(t);
  const existing = cat.triggers.get(k);
  if (existing) {
    if (!s.replace || existing.clonedFrom) return fail(ctx, 'duplicate-object', `trigger "${t.name}" for relation "${rel.name}" already exists`);
    t.comment = existing.comment;
  }
  // a row trigger of a partitioned table is cloned onto its partitions, which must not have one of that name
  const table = cat.tables.get(`${rel.schema}.${rel.name}`);
  const partitions = table?.partitionBy && t.forEachRow ? childrenOf(cat, table).filter((p) => p.partitionOf) : [];
  for (const p of partitions) {
    const rival = cat.triggers.get(triggerKey({ schema: p.schema, table: p.name, name: t.name }));
    if (rival && rival.clonedFrom !== `${rel.schema}.${rel.name}`) return fail(ctx, 'duplicate-object', `trigger "${t.name}" for relation "${p.name}" already exists`);
  }
  cat.triggers.set(k, t);
  for (const p of partitions) cloneTrigger(cat, t, p);
}

/** A trigger named `[schema.]table.trigger` (DROP TRIGGER, COMMENT ON TRIGGER). */
export function resolveTrigger(cat: Catalog, parts: string[]): Trigger | undefined {
  const rel = triggerRelation(cat, qualifiedFromList(parts.slice(0, -1)));
  if (!rel) return undefined;
  return cat.triggers.get(triggerKey({ schema: rel.schema, table: rel.name, name: parts[parts.length - 1]! }));
}

export function dropTrigger(ctx: ApplyContext, parts: string[], missingOk: boolean): void {
  const t = resolveTrigger(ctx.cat, parts);
  if (!t) {
    if (!missingOk) fail(ctx, 'missing-object', `trigger "${parts[parts.length - 1]}" for table "${parts[parts.length - 2]}" does not exist`);
    return;
  }
  if (t.clonedFrom) return fail(ctx, 'dependent-objects', `cannot drop trigger ${t.name} on table ${t.table} because trigger ${t.name} on table ${t.clonedFrom.slice(t.clonedFrom.indexOf('.') + 1)} requires it`);
  for (const c of withClones(ctx.cat, t)) ctx.cat.triggers.delete(triggerKey(c));
}

export function renameTrigger(ctx: ApplyContext, s: RenameStmt): void {
  const q = qualifiedFromRangeVar(s.relation!);
  const rel = triggerRelation(ctx.cat, q);
  const t = rel && ctx.cat.triggers.get(triggerKey({ schema: rel.schema, table: rel.name, name: s.subname ?? '' }));
  if (!t) return void (!s.missing_ok && fail(ctx, 'missing-object', `trigger "${s.subname}" for table "${q.name}" does not exist`));
  const newname = truncateIdent(s.newname ?? '');
  if (t.clonedFrom) return fail(ctx, 'invalid-definition', `cannot rename trigger "${t.name}" on table "${t.table}": rename the trigger on the partitioned table instead`);
  // the clones on partitions are renamed with it (PostgreSQL 15)
  const all = withClones(ctx.cat, t);
  for (const c of all) {
    if (ctx.cat.triggers.has(triggerKey({ ...c, name: newname }))) return fail(ctx, 'duplicate-object', `trigger "${newname}" for relation "${c.table}" already exists`);
  }
  for (const c of all) {
    ctx.cat.triggers.delete(triggerKey(c));
    c.name = newname;
    ctx.cat.triggers.set(triggerKey(c), c);
  }
}

/** The triggers on a relation. */
export function triggersOn(cat: Catalog, schema: string, name: string): Trigger[] {
  return [...cat.triggers.values()].filter((t) => t.schema === schema && t.table === name);
}

const STATES: Record<string, Trigger['enabled'] | 'enabled'> = {
  AT_EnableTrig: 'enabled', AT_DisableTrig: 'disabled', AT_EnableAlwaysTrig: 'always', AT_EnableReplicaTrig: 'replica',
  AT_EnableTrigAll: 'enabled', AT_DisableTrigAll: 'disabled', AT_EnableTrigUser: 'enabled', AT_DisableTrigUser: 'disabled',
};

/**
 * ALTER TABLE … ENABLE / DISABLE [REPLICA | ALWAYS] TRIGGER name | ALL | USER. Returns false for other
 * subcommands. Without ONLY the clones of the triggers on partitions follow.
 */
export function triggerStateCmd(ctx: ApplyContext, rel: { schema: string; name: string }, cmd: AlterTableCmd, recurse = true): boolean {
  const state = STATES[cmd.subtype ?? ''];
  if (!state) return false;
  const all = cmd.subtype!.endsWith('All') || cmd.subtype!.endsWith('User');
  const targets = all ? triggersOn(ctx.cat, rel.schema, rel.name) : [ctx.cat.triggers.get(triggerKey({ schema: rel.schema, table: rel.name, name: cmd.name ?? '' }))];
  for (const t of targets) {
    if (!t) {
      fail(ctx, 'missing-object', `trigger "${cmd.name}" for table "${rel.name}" does not exist`);
      continue;
    }
    for (const c of recurse ? withClones(ctx.cat, t) : [t]) {
      if (state === 'enabled') delete c.enabled;
      else c.enabled = state;
    }
  }
  return true;
}
