/** The lock table (lib/plan/locks.ts): levels per statement and ALTER TABLE subcommand, rewrites, scans, versions. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { catalogLockOptions, describeLock, lockOf, lockSqlName, typeChangeRewrites, isVolatileExpr, type LockOptions } from '../../lib/plan/locks.js';
import { replayForLint } from '../../lib/lint/engine.js';

async function lock(sql: string, opts: LockOptions = {}) {
  await initParser();
  const [s] = parseFile({ path: 'x.sql', text: sql }).statements;
  return lockOf(s!.node, opts);
}

test('index statements', async () => {
  assert.is((await lock('CREATE INDEX i ON t (a)')).level, 'Share');
  assert.is((await lock('CREATE INDEX CONCURRENTLY i ON t (a)')).level, 'ShareUpdateExclusive');
  assert.is((await lock('DROP INDEX i')).level, 'AccessExclusive');
  assert.is((await lock('DROP INDEX CONCURRENTLY i')).level, 'ShareUpdateExclusive');
  assert.is((await lock('REINDEX TABLE CONCURRENTLY t')).level, 'ShareUpdateExclusive');
  assert.is((await lock('REINDEX TABLE CONCURRENTLY t', { pgVersion: 11 })).level, 'Share');
});

test('publications: SHARE UPDATE EXCLUSIVE on each table named (pg_locks on PostgreSQL 15); schemas and options lock no table', async () => {
  const c = await lock('CREATE PUBLICATION p FOR TABLE t, ONLY s.u (a) WHERE (a > 0), TABLES IN SCHEMA x');
  assert.is(c.level, 'ShareUpdateExclusive');
  assert.equal(c.relations.map((r) => `${r.relation.schema ?? ''}.${r.relation.name}:${r.level}`), ['.t:ShareUpdateExclusive', 's.u:ShareUpdateExclusive']);
  assert.is((await lock('ALTER PUBLICATION p ADD TABLE t')).level, 'ShareUpdateExclusive');
  assert.is((await lock('ALTER PUBLICATION p DROP TABLE t')).level, 'ShareUpdateExclusive');
  assert.is((await lock('ALTER PUBLICATION p ADD TABLES IN SCHEMA x')).level, undefined);
  assert.is((await lock("ALTER PUBLICATION p SET (publish = 'insert')")).level, undefined);
  assert.is((await lock('CREATE PUBLICATION p FOR ALL TABLES')).level, undefined);
});

test('ALTER TABLE subcommands', async () => {
  const fk = await lock('ALTER TABLE o ADD CONSTRAINT f FOREIGN KEY (u) REFERENCES users (id)');
  assert.is(fk.level, 'ShareRowExclusive');
  assert.equal(fk.relations.map((r) => `${r.relation.name}:${r.level}`), ['o:ShareRowExclusive', 'users:ShareRowExclusive']);
  assert.ok(fk.scan);
  assert.not.ok((await lock('ALTER TABLE o ADD CONSTRAINT f FOREIGN KEY (u) REFERENCES users (id) NOT VALID')).scan);
  const v = await lock('ALTER TABLE o VALIDATE CONSTRAINT f');
  assert.is(v.level, 'ShareUpdateExclusive');
  assert.ok(v.scan);
  assert.is((await lock('ALTER TABLE t ALTER COLUMN a SET STATISTICS 100')).level, 'ShareUpdateExclusive');
  assert.is((await lock('ALTER TABLE t SET (fillfactor = 70)')).level, 'ShareUpdateExclusive');
  assert.is((await lock('ALTER TABLE t DISABLE TRIGGER x')).level, 'ShareRowExclusive');
  assert.is((await lock('ALTER TABLE t ADD COLUMN a int, ALTER COLUMN b SET STATISTICS 5')).level, 'AccessExclusive');
  assert.ok((await lock('ALTER TABLE t SET LOGGED')).rewrite);
  assert.ok((await lock('ALTER TABLE t ALTER COLUMN a SET NOT NULL')).scan);
  assert.is((await lock('ALTER TABLE p DETACH PARTITION c CONCURRENTLY')).level, 'ShareUpdateExclusive');
  assert.is((await lock('ALTER TABLE p DETACH PARTITION c')).level, 'AccessExclusive');
  const att = await lock('ALTER TABLE p ATTACH PARTITION c FOR VALUES FROM (1) TO (2)');
  assert.equal(att.relations.map((r) => `${r.relation.name}:${r.level}`), ['p:ShareUpdateExclusive', 'c:AccessExclusive']);
  assert.is((await lock('ALTER TABLE p ATTACH PARTITION c FOR VALUES FROM (1) TO (2)', { pgVersion: 11 })).relations[0]!.level, 'AccessExclusive');
});

test('ADD COLUMN rewrites', async () => {
  assert.not.ok((await lock("ALTER TABLE t ADD COLUMN a text DEFAULT 'x'")).rewrite);
  assert.ok((await lock("ALTER TABLE t ADD COLUMN a text DEFAULT 'x'", { pgVersion: 10 })).rewrite);
  assert.ok((await lock('ALTER TABLE t ADD COLUMN a uuid DEFAULT gen_random_uuid()')).rewrite);
  assert.not.ok((await lock('ALTER TABLE t ADD COLUMN a timestamptz DEFAULT now()')).rewrite);
  assert.ok((await lock('ALTER TABLE t ADD COLUMN a bigserial')).rewrite);
  assert.ok((await lock('ALTER TABLE t ADD COLUMN a text GENERATED ALWAYS AS (b) STORED')).rewrite);
  assert.ok((await lock('ALTER TABLE t ADD COLUMN a bigint GENERATED ALWAYS AS IDENTITY')).rewrite);
});

test('other statements', async () => {
  assert.ok((await lock('VACUUM FULL t')).rewrite);
  assert.is((await lock('VACUUM t')).level, 'ShareUpdateExclusive');
  assert.ok((await lock('CLUSTER t USING i')).rewrite);
  assert.is((await lock('CREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()')).level, 'ShareRowExclusive');
  assert.is((await lock('TRUNCATE t')).level, 'AccessExclusive');
  assert.is((await lock('LOCK TABLE t IN SHARE MODE')).level, 'Share');
  assert.is((await lock('UPDATE t SET a = 1')).level, 'RowExclusive');
  assert.is((await lock('ALTER INDEX i RENAME TO j')).level, 'ShareUpdateExclusive');
  assert.is((await lock('CREATE TABLE c (id bigint REFERENCES p (id))')).relations[0]!.level, 'ShareRowExclusive');
  assert.is((await lock('SELECT 1')).level, undefined);
  assert.is(lockSqlName('ShareRowExclusive'), 'SHARE ROW EXCLUSIVE');
});

test('CREATE RULE: ACCESS EXCLUSIVE on its table, ROW EXCLUSIVE on the tables its actions write, ACCESS SHARE on those it reads (pg_locks on PostgreSQL 15)', async () => {
  const rule = await lock(
    'CREATE RULE r AS ON INSERT TO t WHERE EXISTS (SELECT 1 FROM s.r) DO ALSO (INSERT INTO log SELECT id FROM s.r; WITH w AS (SELECT 1) UPDATE t SET a = 1 FROM w, new)',
  );
  assert.equal(
    rule.relations.map((r) => `${r.relation.schema ? r.relation.schema + '.' : ''}${r.relation.name}:${r.level}`),
    ['t:AccessExclusive', 'log:RowExclusive', 's.r:AccessShare'],
  );
  assert.is(rule.level, 'AccessExclusive');
});

test('with a catalogue: the current column type and the index owner', async () => {
  await initParser();
  const { catalog } = replayForLint([parseFile({ path: 'c.sql', text: 'CREATE TABLE t (a integer, b varchar(5));\nCREATE INDEX t_b_idx ON t (b);' })]);
  const opts = catalogLockOptions(catalog);
  assert.ok((await lock('ALTER TABLE t ALTER COLUMN a TYPE bigint', opts)).rewrite);
  assert.not.ok((await lock('ALTER TABLE t ALTER COLUMN b TYPE varchar(10)', opts)).rewrite);
  assert.not.ok((await lock('ALTER TABLE t ALTER COLUMN b TYPE text USING b::text', opts)).rewrite, 'USING the column itself');
  assert.ok((await lock("ALTER TABLE t ALTER COLUMN b TYPE text USING b || 'x'", opts)).rewrite, 'USING an expression');
  const drop = await lock('DROP INDEX t_b_idx', opts);
  assert.is(describeLock(drop), 'ACCESS EXCLUSIVE on public.t');
  assert.is(describeLock(await lock('ALTER TABLE t ALTER COLUMN a TYPE bigint', opts)), 'ACCESS EXCLUSIVE on t; rewrites the table');
  assert.is(describeLock(await lock('SELECT 1')), 'no table lock');
});

test('type changes', () => {
  const t = (name: string, mods: string[] = []) => ({ name, mods, arrayDims: 0 });
  assert.ok(typeChangeRewrites(t('integer'), t('bigint')));
  assert.not.ok(typeChangeRewrites(t('character varying', ['10']), t('text')));
  assert.not.ok(typeChangeRewrites(t('text'), t('character varying')));
  assert.ok(typeChangeRewrites(t('text'), t('character varying', ['10'])));
  assert.not.ok(typeChangeRewrites(t('numeric', ['10', '2']), t('numeric', ['15', '2'])));
  assert.ok(typeChangeRewrites(t('numeric', ['10', '2']), t('numeric', ['9', '2'])));
  assert.not.ok(typeChangeRewrites(t('cidr'), t('inet')));
  assert.not.ok(typeChangeRewrites(t('timestamp with time zone', ['3']), t('timestamp with time zone', ['6'])));
});

test('interval type changes: rewrites exactly where PostgreSQL 15 gave the table a new relfilenode', () => {
  const t = (...mods: string[]) => ({ name: 'interval', mods, arrayDims: 0 });
  const same: [string[], string[]][] = [
    [['year to month'], ['6']], [['2'], ['6']], [['hour to second', '4'], ['hour to second']], [['day to hour'], ['day to minute']],
    [['minute'], ['minute to second', '1']], [['year'], ['hour']], [['second', '3'], ['second', '6']], [['day'], []],
    [['3'], ['day to second', '4']], [['year'], ['second', '3']], [[], ['6']],
  ];
  const rewritten: [string[], string[]][] = [
    [['second'], ['second', '3']], [[], ['day to second', '3']], [['day to minute'], ['day to hour']], [['second', '3'], ['second', '2']],
  ];
  for (const [a, b] of same) assert.not.ok(typeChangeRewrites(t(...a), t(...b)), `${a} -> ${b}`);
  for (const [a, b] of rewritten) assert.ok(typeChangeRewrites(t(...a), t(...b)), `${a} -> ${b}`);
});

test('volatility', async () => {
  await initParser();
  const expr = (sql: string) => {
    const [s] = parseFile({ path: 'x', text: `SELECT ${sql}` }).statements;
    return ((s!.node as { SelectStmt: { targetList: { ResTarget: { val: never } }[] } }).SelectStmt.targetList[0]!.ResTarget.val);
  };
  assert.not.ok(isVolatileExpr(expr("'a'")));
  assert.not.ok(isVolatileExpr(expr('now()')));
  assert.not.ok(isVolatileExpr(expr("'{}'::jsonb")));
  assert.ok(isVolatileExpr(expr('random()')));
  assert.ok(isVolatileExpr(expr('my_func()')));
});

test('REPLICA IDENTITY: ACCESS EXCLUSIVE on the table (seen in pg_locks on PostgreSQL 15), SHARE on a USING INDEX index', async () => {
  for (const m of ['DEFAULT', 'FULL', 'NOTHING']) assert.is((await lock(`ALTER TABLE t REPLICA IDENTITY ${m}`)).level, 'AccessExclusive');
  const ri = await lock('ALTER TABLE s.t REPLICA IDENTITY USING INDEX t_key');
  assert.is(ri.level, 'AccessExclusive');
  assert.equal(ri.relations.map((r) => `${r.relation.schema}.${r.relation.name}:${r.level}`), ['s.t:AccessExclusive', 's.t_key:Share']);
  assert.not.ok(ri.rewrite);
  assert.not.ok(ri.scan);
});


test('ALTER TABLE without ONLY locks the descendants it alters (pg_locks on PostgreSQL 15)', async () => {
  await initParser();
  const schema = [
    'CREATE TABLE m (id int NOT NULL, a int, b text) PARTITION BY RANGE (id);',
    'CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10);',
    'CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (10) TO (20);',
    'CREATE TABLE h (id int, a int, CONSTRAINT h_ck CHECK (a > 0), CONSTRAINT h_u UNIQUE (id));',
    'CREATE TABLE hc () INHERITS (h);',
    'CREATE TABLE hcc () INHERITS (hc);',
  ].join('\n');
  const { catalog } = replayForLint([parseFile({ path: 'c.sql', text: schema })]);
  const opts = catalogLockOptions(catalog);
  const reached = async (sql: string) => (await lock(sql, opts)).relations.filter((r) => r.descendant).map((r) => `${r.relation.name}:${r.level}:${r.descendant}`);
  assert.equal(await reached('ALTER TABLE m ADD COLUMN c int'), ['m1:AccessExclusive:partition', 'm2:AccessExclusive:partition']);
  assert.equal(await reached('ALTER TABLE ONLY m ALTER COLUMN a SET DEFAULT 1'), [], 'ONLY');
  assert.equal(await reached('ALTER TABLE m ADD CONSTRAINT u UNIQUE (id, a)'), ['m1:Share:partition', 'm2:Share:partition'], 'a key builds an index on each partition');
  assert.equal(await reached('ALTER TABLE m ALTER COLUMN a SET (n_distinct = 5)'), [], 'attribute options stay on the parent');
  assert.equal(await reached('ALTER TABLE m REPLICA IDENTITY FULL'), []);
  assert.equal(await reached('ALTER TABLE m DISABLE TRIGGER ALL'), ['m1:ShareRowExclusive:partition', 'm2:ShareRowExclusive:partition']);
  // inheritance: CHECKs and columns reach every level; keys and triggers are not inherited
  assert.equal(await reached('ALTER TABLE h ALTER COLUMN a SET NOT NULL'), ['hc:AccessExclusive:child', 'hcc:AccessExclusive:child']);
  assert.equal(await reached('ALTER TABLE h ADD CONSTRAINT u2 UNIQUE (a)'), []);
  assert.equal(await reached('ALTER TABLE h ADD CONSTRAINT c2 CHECK (a < 9) NO INHERIT'), []);
  assert.equal(await reached('ALTER TABLE h DROP CONSTRAINT h_ck'), ['hc:AccessExclusive:child', 'hcc:AccessExclusive:child']);
  assert.equal(await reached('ALTER TABLE h DROP CONSTRAINT h_u'), [], 'a UNIQUE is not inherited');
  assert.equal(await reached('ALTER TABLE h DISABLE TRIGGER ALL'), []);
});
test('ADD PRIMARY KEY: the implicit SET NOT NULL decides the scan and reaches descendants (PostgreSQL 15, pg_locks and DEBUG1 "verifying table")', async () => {
  await initParser();
  const schema = [
    'CREATE SCHEMA app;',
    'CREATE TABLE app.a (id bigint NOT NULL, "Name" text NOT NULL, n text, m text, CONSTRAINT a_m_nn CHECK (m IS NOT NULL));',
    'CREATE UNIQUE INDEX a_id_name ON app.a (id, "Name");',
    'CREATE UNIQUE INDEX a_id_n ON app.a (id, n);',
    'CREATE UNIQUE INDEX a_m ON app.a (m);',
    'CREATE TABLE p (id bigint, k int) PARTITION BY LIST (k);',
    'CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);',
    'CREATE TABLE q (id bigint NOT NULL, k int NOT NULL) PARTITION BY LIST (k);',
    'CREATE TABLE q1 PARTITION OF q FOR VALUES IN (1);',
    'CREATE TABLE h (id bigint);',
    'CREATE TABLE hc () INHERITS (h);',
    'CREATE UNIQUE INDEX h_id ON h (id);',
  ].join('\n');
  const { catalog } = replayForLint([parseFile({ path: 'c.sql', text: schema })]);
  const opts = catalogLockOptions(catalog);
  // USING INDEX on NOT NULL columns (composite, quoted, schema-qualified): the index is attached, no row read
  // (and SHARE UPDATE EXCLUSIVE on the index it renames; pg_locks on PostgreSQL 15)
  assert.is(
    describeLock(await lock('ALTER TABLE app.a ADD CONSTRAINT a_pkey PRIMARY KEY USING INDEX a_id_name', opts)),
    'ACCESS EXCLUSIVE on app.a, SHARE UPDATE EXCLUSIVE on app.a_id_name',
  );
  assert.is(describeLock(await lock('ALTER TABLE a ADD CONSTRAINT a_u UNIQUE USING INDEX a_id_n')), 'ACCESS EXCLUSIVE on a, SHARE UPDATE EXCLUSIVE on a_id_n');
  // one nullable key column: SET NOT NULL reads every row
  assert.ok((await lock('ALTER TABLE app.a ADD CONSTRAINT a_pkey PRIMARY KEY USING INDEX a_id_n', opts)).scan);
  // proven by a validated CHECK: no scan from PostgreSQL 12, a scan before
  assert.not.ok((await lock('ALTER TABLE app.a ADD CONSTRAINT a_pkey PRIMARY KEY USING INDEX a_m', opts)).scan);
  assert.ok((await lock('ALTER TABLE app.a ADD CONSTRAINT a_pkey PRIMARY KEY USING INDEX a_m', catalogLockOptions(catalog, 11))).scan);
  // an index the catalogue does not know, or no catalogue: assumed to scan
  assert.ok((await lock('ALTER TABLE app.a ADD CONSTRAINT a_pkey PRIMARY KEY USING INDEX nowhere', opts)).scan);
  assert.ok((await lock('ALTER TABLE app.a ADD CONSTRAINT a_pkey PRIMARY KEY USING INDEX a_id_name')).scan);
  // UNIQUE USING INDEX never scans
  assert.not.ok((await lock('ALTER TABLE app.a ADD CONSTRAINT a_u UNIQUE USING INDEX a_id_n', opts)).scan);
  const reached = async (sql: string) => (await lock(sql, opts)).relations.filter((r) => r.descendant).map((r) => `${r.relation.name}:${r.level}:${r.descendant}`);
  // nullable keys: the SET NOT NULL recurses with ACCESS EXCLUSIVE (partitions and inheritance children)
  assert.equal(await reached('ALTER TABLE p ADD PRIMARY KEY (id, k)'), ['p1:AccessExclusive:partition']);
  assert.equal(await reached('ALTER TABLE h ADD CONSTRAINT h_pkey PRIMARY KEY USING INDEX h_id'), ['hc:AccessExclusive:child']);
  // NOT NULL keys: only the index build reaches the partitions (SHARE)
  assert.equal(await reached('ALTER TABLE q ADD PRIMARY KEY (id, k)'), ['q1:Share:partition']);
});

test('SET NOT NULL reads no rows when the column is NOT NULL already or a validated CHECK proves it (PostgreSQL 12+)', async () => {
  await initParser();
  // (NOT VALID in CREATE TABLE is valid anyway: the table is empty)
  const schema = 'CREATE TABLE t (a int, b int NOT NULL, c int, CONSTRAINT t_a_nn CHECK (a IS NOT NULL));\nALTER TABLE t ADD CONSTRAINT t_c_nn CHECK (c IS NOT NULL) NOT VALID;';
  const { catalog } = replayForLint([parseFile({ path: 'c.sql', text: schema })]);
  const scan = async (sql: string, pgVersion = 15) => (await lock(sql, catalogLockOptions(catalog, pgVersion))).scan;
  assert.not.ok(await scan('ALTER TABLE t ALTER COLUMN a SET NOT NULL'), 'validated CHECK');
  assert.ok(await scan('ALTER TABLE t ALTER COLUMN a SET NOT NULL', 11), 'PostgreSQL 11 scans anyway');
  assert.not.ok(await scan('ALTER TABLE t ALTER COLUMN b SET NOT NULL'), 'NOT NULL already');
  assert.ok(await scan('ALTER TABLE t ALTER COLUMN c SET NOT NULL'), 'a NOT VALID CHECK proves nothing');
  assert.ok((await lock('ALTER TABLE t ALTER COLUMN a SET NOT NULL')).scan, 'no catalogue: a scan');
});

test.run();
