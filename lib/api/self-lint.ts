/**
 * Generated migrations pass their own linter: the migration is linted as the revision it will be
 * (runner-wrapped, against the catalogue it starts from), and findings that are inherent to their
 * change kind (lib/plan/inherent.ts) get a `pgshift-ignore` with a reason on that statement.
 * Everything else the linter reports stays, and generate prints it.
 */
import type { Catalog } from '../catalog/model/catalog.js';
import { cloneCatalog } from '../catalog/model/catalog.js';
import type { Diagnostic } from '../source/diagnostic.js';
import { lint } from '../lint/engine.js';
import { renderScript, type EmittedStatement, type ScriptOptions } from '../emit/emit.js';
import { parseScript } from '../emit/script-parse.js';
import { INHERENT_REASON, inherentRules } from '../plan/inherent.js';

function statementAt(spans: { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Lint a migration body (rendered from `stmts`) as a runner-wrapped revision starting from `base` (a copy of it, unless `consume`). */
function lintMigration(script: { text: string; spans: { start: number; end: number }[] }, stmts: EmittedStatement[], base: Catalog, pgVersion: number, consume = false): Diagnostic[] {
  const parsed = parseScript({ path: 'migration.sql', text: script.text }, stmts, script.spans);
  return lint([{ parsed, wrapped: true }], { catalog: consume ? base : cloneCatalog(base), pgVersion });
}

/** The table a change works on, when it has one. */
function tableOf(s: EmittedStatement): string | undefined {
  const c = s.change as { table?: { schema: string; name: string }; index?: { schema: string; table: string }; trigger?: { schema: string; table: string } };
  if (c.table) return `${c.table.schema}.${c.table.name}`;
  if (c.trigger) return `${c.trigger.schema}.${c.trigger.table}`; // a trigger on a table (or view)
  if (c.index) return `${c.index.schema}.${c.index.table}`;
  return undefined;
}

/**
 * Could any statement carry an inherent finding? Not when every change with inherent rules works on
 * a table (or a view, for triggers) the migration itself creates (an initial migration): linting it
 * would find nothing to suppress.
 */
function mayNeedSuppressions(stmts: EmittedStatement[], base: Catalog): boolean {
  return stmts.some((s) => {
    if (!inherentRules(s.change.kind).length) return false;
    const t = tableOf(s);
    return t === undefined || base.tables.has(t) || base.views.has(t);
  });
}

export function suppressInherent(stmts: EmittedStatement[], base: Catalog, o: { pgVersion: number; script: ScriptOptions; consume?: boolean }): EmittedStatement[] {
  if (!stmts.length || !mayNeedSuppressions(stmts, base)) return stmts;
  const script = renderScript(stmts, o.script);
  const spans = script.spans;
  const found = new Map<number, Set<string>>();
  for (const d of lintMigration(script, stmts, base, o.pgVersion, o.consume)) {
    if (!d.span) continue;
    const i = statementAt(spans, d.span.start);
    if (!inherentRules(stmts[i]!.change.kind).includes(d.code)) continue;
    found.set(i, (found.get(i) ?? new Set()).add(d.code));
  }
  return stmts.map((s, i) => (found.has(i) ? { ...s, suppress: { rules: [...found.get(i)!].sort(), reason: INHERENT_REASON } } : s));
}
