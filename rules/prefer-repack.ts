import type { Rule } from '../lib/lint/types.js';

const rule: Rule = {
  id: 'prefer-repack',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['VacuumStmt', 'ClusterStmt'],
  docs: {
    summary: 'VACUUM FULL / CLUSTER.',
    why: 'VACUUM FULL and CLUSTER rewrite the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until the copy and every index rebuild are done.',
    fix: 'From PostgreSQL 19 use `REPACK (CONCURRENTLY) table` (it needs a primary key or replica identity); before 19 use pg_repack (or pg_squeeze). Both rebuild the table online and take the exclusive lock only briefly at the end; plain VACUUM does not block reads or writes.',
  },
  examples: {
    bad: ['VACUUM FULL events;', 'CLUSTER events USING events_created_at_idx;'],
    good: ['VACUUM (ANALYZE) events;'],
  },
  check(ctx) {
    const lock = ctx.lock();
    if (!lock.rewrite) return;
    const rel = lock.relations[0]?.relation;
    const what = 'ClusterStmt' in ctx.node ? 'CLUSTER' : 'VACUUM FULL';
    ctx.report({
      message: `${what} rewrites ${rel ? rel.name : 'every table'} under an ACCESS EXCLUSIVE lock.`,
      span: ctx.find(/cluster|vacuum/i),
      table: rel ? `${rel.schema ?? ctx.catalog.searchPath[0]}.${rel.name}` : undefined,
      help:
        ctx.pgVersion >= 19
          ? `PostgreSQL 19 replaces ${what} with REPACK: use \`REPACK (CONCURRENTLY) ${rel ? rel.name : '…'}${what === 'CLUSTER' ? ' USING INDEX' : ''}\`, which keeps the table readable and writable until a brief swap at the end.`
          : 'Use pg_repack (or pg_squeeze), which rebuilds the table online and takes the exclusive lock only briefly at the end (PostgreSQL 19 has REPACK (CONCURRENTLY) built in).',
    });
  },
};
export default rule;
