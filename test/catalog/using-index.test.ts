/**
 * ALTER TABLE … ADD CONSTRAINT c PRIMARY KEY / UNIQUE USING INDEX i: the constraint adopts the index,
 * which PostgreSQL renames to the constraint's name. In schema files (any order, any file) and in a
 * chain (in order); an index PostgreSQL would refuse is an error at the statement.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { replay } from '../../lib/catalog/replay.js';
import { diff } from '../../lib/diff/diff.js';

async function bindFiles(files: Record<string, string>) {
  await initParser();
  return bind(Object.entries(files).map(([path, text]) => parseFile({ path, text })));
}

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

test('schema files: the constraint adopts an index defined later or in another file, and renames it', async () => {
  const r = await bindFiles({
    'a.sql': `ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_id_uq;
ALTER TABLE t ADD UNIQUE USING INDEX t_code_uq DEFERRABLE;`,
    'b.sql': `CREATE TABLE t (id int NOT NULL, code text);
CREATE UNIQUE INDEX t_code_uq ON t (code);
CREATE UNIQUE INDEX t_id_uq ON t (id);
COMMENT ON INDEX t_pk IS 'the key';`,
  });
  assert.equal(errors(r), []);
  const t = r.catalog.tables.get('public.t')!;
  assert.equal([...t.constraints.keys()].sort(), ['t_code_uq', 't_pk']);
  assert.is(r.catalog.indexes.get('public.t_pk')?.constraint, 't_pk');
  assert.is(r.catalog.indexes.get('public.t_pk')?.comment, 'the key');
  assert.not.ok(r.catalog.indexes.has('public.t_id_uq'));
  assert.is(t.constraints.get('t_code_uq')?.deferrable, true);
  // the same schema written with the constraints inline
  const plain = await bindFiles({
    's.sql': `CREATE TABLE t (id int CONSTRAINT t_pk PRIMARY KEY, code text CONSTRAINT t_code_uq UNIQUE DEFERRABLE);
COMMENT ON INDEX t_pk IS 'the key';`,
  });
  assert.equal(diff(plain.catalog, r.catalog).map((c) => c.kind), []);
});

test('a chain: the constraint adopts the index of an earlier revision; later revisions use the new name', async () => {
  await initParser();
  const r = replay([
    parseFile({ path: '1/up.sql', text: 'CREATE TABLE t (id int NOT NULL, v int);\nCREATE UNIQUE INDEX t_id_uq ON t (id);' }),
    parseFile({ path: '2/up.sql', text: 'ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_uq;' }),
    parseFile({ path: '3/up.sql', text: 'ALTER INDEX t_pkey SET (fillfactor = 80);\nALTER TABLE t DROP CONSTRAINT t_pkey;\nCREATE UNIQUE INDEX t_v ON t (v);\nALTER TABLE t ADD UNIQUE USING INDEX t_v;' }),
  ]);
  assert.equal(errors(r), []);
  const t = r.catalog.tables.get('public.t')!;
  assert.equal([...t.constraints.keys()], ['t_v']);
  assert.equal([...r.catalog.indexes.keys()], ['public.t_v']);
});

test('an index PostgreSQL would refuse is an error at the statement', async () => {
  const cases: [string, string][] = [
    ['ALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX nope;', 'index "nope" does not exist'],
    ['CREATE INDEX i ON t (id);\nALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX i;', '"i" is not a unique index'],
    ['CREATE UNIQUE INDEX i ON t (id) WHERE id > 0;\nALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX i;', '"i" is a partial index'],
    ['CREATE UNIQUE INDEX i ON t (lower(code));\nALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX i;', 'index "i" contains expressions'],
    ['CREATE UNIQUE INDEX i ON t (id DESC);\nALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX i;', 'index "i" column number 1 does not have default sorting behavior'],
    ['CREATE UNIQUE INDEX i ON u (id);\nALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX i;', 'index "i" does not belong to table "t"'],
    ['ALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX t_pkey;', 'index "t_pkey" is already associated with a constraint'],
  ];
  await initParser();
  for (const [sql, message] of cases) {
    const text = `CREATE TABLE t (id int PRIMARY KEY, code text);\nCREATE TABLE u (id int);\n${sql}\n`;
    const r = replay([parseFile({ path: 'up.sql', text })]);
    const d = r.diagnostics.find((x) => x.severity === 'error');
    assert.is(d?.message, message, sql);
    // at the ALTER TABLE statement
    assert.ok(d?.span && text.slice(d.span.start).startsWith('ALTER TABLE t ADD CONSTRAINT k'), sql);
    assert.not.ok(r.catalog.tables.get('public.t')!.constraints.has('k'), sql);
  }
});

test.run();
