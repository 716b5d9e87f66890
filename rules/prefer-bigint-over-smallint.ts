import type { Rule } from '../lib/lint/types.js';
import { alteredKeyColumns, keyColumns } from '../lib/lint/keys.js';

const rule: Rule = {
  id: 'prefer-bigint-over-smallint',
  defaultSeverity: 'warning',
  category: 'design',
  types: ['CreateStmt', 'AlterTableStmt'],
  docs: {
    summary: 'smallint / smallserial key columns.',
    why: 'A 16-bit key runs out at 32,767 rows; widening it later rewrites the table and every table referencing it under ACCESS EXCLUSIVE locks.',
    fix: 'Use `bigint` (or at least `integer` for small, fixed lookup tables).',
  },
  examples: {
    bad: [
      'CREATE TABLE countries (id smallserial PRIMARY KEY);',
      'CREATE TABLE countries (id bigint PRIMARY KEY);\nCREATE TABLE cities (country_id bigint REFERENCES countries (id));\n-- migration\nALTER TABLE cities ALTER COLUMN country_id TYPE smallint;',
    ],
    good: ['CREATE TABLE countries (id bigint PRIMARY KEY);', 'CREATE TABLE cities (name text, rank bigint);\n-- migration\nALTER TABLE cities ALTER COLUMN rank TYPE smallint;'],
  },
  check(ctx) {
    for (const k of keyColumns(ctx.node)) {
      if (k.intType !== 'smallint') continue;
      ctx.report({ message: `${k.why === 'serial' ? 'Serial column' : `Key column (${k.why})`} ${k.def.colname} is a 16-bit smallint: it runs out at 32,767.`, span: ctx.clauseAt(k.def.location) });
    }
    for (const k of alteredKeyColumns(ctx)) {
      if (k.intType !== 'smallint') continue;
      ctx.report({ message: `Key column (${k.why}) ${k.column} is a 16-bit smallint: it runs out at 32,767.`, span: ctx.clauseAt(k.location) });
    }
  },
};
export default rule;
