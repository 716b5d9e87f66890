/**
 * The deparser and the formatter, loaded on first use: most runs (a no-op `generate`, `check`,
 * `lint`) never print an expression or lay out a long statement, and loading these libraries costs
 * more than the rest of a small run. Both ship CommonJS builds, so a synchronous require suffices.
 */
import { createRequire } from 'node:module';
import type { deparseSync as DeparseSync } from 'pgsql-deparser';
import type { format as Format } from 'sql-formatter';

const require = createRequire(import.meta.url);

let deparser: typeof DeparseSync | undefined;
let formatter: typeof Format | undefined;

/** pgsql-deparser's deparseSync. */
export const deparseSync: typeof DeparseSync = (node, opts) => {
  deparser ??= (require('pgsql-deparser') as { deparseSync: typeof DeparseSync }).deparseSync;
  return deparser(node, opts);
};

/** sql-formatter's format. */
export const format: typeof Format = (sql, opts) => {
  formatter ??= (require('sql-formatter') as { format: typeof Format }).format;
  return formatter(sql, opts);
};
