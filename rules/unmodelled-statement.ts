import type { Rule } from '../lib/lint/types.js';

const rule: Rule = {
  id: 'unmodelled-statement',
  defaultSeverity: 'warning',
  category: 'hygiene',
  engine: true,
  docs: {
    summary: 'DDL the catalogue cannot follow (DO blocks, dynamic SQL): the context after it is uncertain.',
    why: 'pgshift lints each statement against the catalogue built from the chain and the statements before it. A DO block or a statement pgshift does not model may create, alter or drop anything, so findings after it may be missing or wrong.',
    fix: 'Write the DDL as plain statements; when a DO block is unavoidable, suppress this finding with a reason and review the statements after it by hand.',
  },
  examples: {
    bad: ["DO $$ BEGIN EXECUTE 'CREATE TABLE t (id bigint)'; END $$;"],
    good: ['CREATE TABLE t (id bigint);'],
  },
  check() {},
};
export default rule;
