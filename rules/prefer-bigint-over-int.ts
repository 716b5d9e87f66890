import type { Rule } from '../lib/lint/types.js';
import { alteredKeyColumns, keyColumns } from '../lib/lint/keys.js';

const rule: Rule = {
  id: 'prefer-bigint-over-int',
  defaultSeverity: 'warning',
  category: 'design',
  types: ['CreateStmt', 'AlterTableStmt'],
  docs: {
    summary: 'integer / serial key columns.',
    why: 'A 32-bit key runs out at 2,147,483,647: busy tables reach it, and widening a key later is a table rewrite of the table and of every table referencing it, under ACCESS EXCLUSIVE locks.',
    fix: 'Use `bigint` (`bigint GENERATED ALWAYS AS IDENTITY` for surrogate keys); the extra 4 bytes per row are cheap insurance.',
  },
  examples: {
    bad: [
      'CREATE TABLE users (id serial PRIMARY KEY);',
      'CREATE TABLE users (id integer PRIMARY KEY);',
      'CREATE TABLE users (id integer NOT NULL);\n-- migration\nALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY (id);',
      'CREATE TABLE users (id bigint PRIMARY KEY);\n-- migration\nALTER TABLE users ALTER COLUMN id TYPE integer;',
    ],
    good: ['CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);'],
  },
  check(ctx) {
    for (const k of keyColumns(ctx.node)) {
      if (k.intType !== 'integer') continue;
      ctx.report({ message: `${k.why === 'serial' ? 'Serial column' : `Key column (${k.why})`} ${k.def.colname} is a 32-bit integer: it can run out, and widening it later rewrites the table.`, span: ctx.clauseAt(k.def.location) });
    }
    for (const k of alteredKeyColumns(ctx)) {
      if (k.intType !== 'integer') continue;
      ctx.report({ message: `Key column (${k.why}) ${k.column} is a 32-bit integer: it can run out, and widening it later rewrites the table.`, span: ctx.clauseAt(k.location) });
    }
  },
};
export default rule;
