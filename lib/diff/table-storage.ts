/** Storage parameters of tables: set and reset with ALTER TABLE (a new table gets its own after CREATE TABLE). */
import type { DiffContext } from './context.js';

const nameOf = (p: string) => p.slice(0, p.indexOf('='));

export function diffTableStorage(ctx: DiffContext): void {
  for (const [k, t] of [...ctx.to.tables].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const before = ctx.from.tables.get(k)?.storage ?? [];
    const after = t.storage ?? [];
    const set = after.filter((p) => !before.includes(p));
    const reset = before.map(nameOf).filter((n) => !after.some((p) => nameOf(p) === n));
    if (set.length || reset.length) ctx.changes.push({ kind: 'set_table_storage', table: t, set, reset });
  }
}
