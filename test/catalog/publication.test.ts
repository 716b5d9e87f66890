/** Publications in the catalogue: members as PostgreSQL records them, ALTER / RENAME / OWNER / COMMENT / DROP, what other statements do to members, errors PostgreSQL gives. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, generateSql, replaySql } from '../helpers/golden.js';

const BASE = `CREATE SCHEMA s;
CREATE TABLE t (a int, b int, c text);
CREATE TABLE u (a int);
CREATE TABLE parent (id int);
CREATE TABLE child () INHERITS (parent);
CREATE TABLE pt (a int) PARTITION BY LIST (a);
CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1);
CREATE TABLE s.x (a int);`;

const run = (sql: string) => replaySql(BASE, [{ path: 'm.sql', text: sql }]);
const errors = async (sql: string) => (await run(sql)).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const members = async (sql: string, pub = 'p') => {
  const p = (await run(sql)).catalog.publications.get(pub)!;
  return { tables: [...p.tables.keys()].sort(), schemas: p.schemas };
};

test('FOR TABLE: inheritance children without ONLY, not with it; a partitioned table stands for its partitions', async () => {
  assert.equal((await members('CREATE PUBLICATION p FOR TABLE parent, pt')).tables, ['public.child', 'public.parent', 'public.pt']);
  assert.equal((await members('CREATE PUBLICATION p FOR TABLE ONLY parent')).tables, ['public.parent']);
});

test('column list in table column order, row filter, options; defaults', async () => {
  const { catalog, diagnostics } = await run(`CREATE PUBLICATION p FOR TABLE t (c, a) WHERE (a > 1) WITH (publish = 'update, insert', publish_via_partition_root = true);
    CREATE PUBLICATION q;`);
  assert.equal(diagnostics, []);
  const p = catalog.publications.get('p')!;
  assert.equal(p.tables.get('public.t')!.columns, ['a', 'c']);
  assert.ok(p.tables.get('public.t')!.where);
  assert.equal(p.publish, ['insert', 'update']);
  assert.is(p.viaRoot, true);
  const q = catalog.publications.get('q')!;
  assert.equal(q.publish, ['insert', 'update', 'delete', 'truncate']);
  assert.is(q.viaRoot, false);
});

test('ALTER PUBLICATION ADD / SET / DROP members and SET options', async () => {
  assert.equal(await members('CREATE PUBLICATION p FOR TABLE t; ALTER PUBLICATION p ADD TABLE u, TABLES IN SCHEMA s;'), { tables: ['public.t', 'public.u'], schemas: ['s'] });
  assert.equal(await members('CREATE PUBLICATION p FOR TABLE t, TABLES IN SCHEMA s; ALTER PUBLICATION p SET TABLE u;'), { tables: ['public.u'], schemas: [] });
  assert.equal(await members('CREATE PUBLICATION p FOR TABLE t, parent, TABLES IN SCHEMA s; ALTER PUBLICATION p DROP TABLE parent, TABLES IN SCHEMA s;'), { tables: ['public.t'], schemas: [] });
  const { catalog } = await run(`CREATE PUBLICATION p; ALTER PUBLICATION p SET (publish = 'truncate');`);
  assert.equal(catalog.publications.get('p')!.publish, ['truncate']);
});

test('RENAME TO, OWNER TO, COMMENT ON, DROP PUBLICATION [IF EXISTS]', async () => {
  const { catalog, diagnostics } = await run(`CREATE PUBLICATION p; ALTER PUBLICATION p RENAME TO "Q r"; ALTER PUBLICATION "Q r" OWNER TO bob;
    COMMENT ON PUBLICATION "Q r" IS 'c'; CREATE PUBLICATION gone; DROP PUBLICATION gone; DROP PUBLICATION IF EXISTS nothing;`);
  assert.equal(diagnostics.filter((d) => d.severity === 'error'), []);
  assert.equal([...catalog.publications.keys()], ['Q r']);
  assert.is(catalog.publications.get('Q r')!.owner, 'bob');
  assert.is(catalog.publications.get('Q r')!.comment, 'c');
});

test('a dropped table or schema leaves its publications silently; a renamed or moved table stays in', async () => {
  assert.equal(await members('CREATE PUBLICATION p FOR TABLE t, u, TABLES IN SCHEMA s; DROP TABLE u; DROP SCHEMA s CASCADE;'), { tables: ['public.t'], schemas: [] });
  assert.equal(await members('CREATE PUBLICATION p FOR TABLE t, TABLES IN SCHEMA s; ALTER TABLE t RENAME TO t2; ALTER TABLE t2 SET SCHEMA s; ALTER SCHEMA s RENAME TO s2;'), { tables: ['s2.t2'], schemas: ['s2'] });
});

test('errors PostgreSQL gives', async () => {
  assert.equal(await errors('CREATE PUBLICATION p; CREATE PUBLICATION p;'), ['publication "p" already exists']);
  assert.equal(await errors('CREATE PUBLICATION p FOR TABLE nope;'), ['relation "nope" does not exist']);
  assert.equal(await errors('CREATE PUBLICATION p FOR TABLE t (zz);'), ['column "zz" of relation "t" does not exist']);
  assert.equal(await errors('CREATE PUBLICATION p FOR TABLE t (a), TABLES IN SCHEMA s;'), ['cannot use column list for relation "public.t" in publication "p"']);
  assert.equal(await errors('CREATE PUBLICATION p FOR ALL TABLES; ALTER PUBLICATION p ADD TABLE t;'), ['publication "p" is defined as FOR ALL TABLES']);
  assert.equal(await errors('CREATE PUBLICATION p FOR TABLE t; ALTER PUBLICATION p ADD TABLE t;'), ['relation "t" is already member of publication "p"']);
  assert.equal(await errors('CREATE PUBLICATION p FOR TABLE t; ALTER PUBLICATION p DROP TABLE u;'), ['relation "u" is not part of the publication']);
  assert.equal(await errors(`CREATE PUBLICATION p WITH (publish = 'select');`), ['unrecognized "publish" value: "select"']);
  assert.equal(await errors('DROP PUBLICATION nope;'), ['publication "nope" does not exist']);
});

test('a column list or row filter holds its columns: DROP COLUMN needs CASCADE (which takes the member out), ALTER TYPE is refused, RENAME COLUMN follows', async () => {
  const pub = 'CREATE PUBLICATION p FOR TABLE t (a, b) WHERE (c IS NOT NULL), u;';
  assert.equal(await errors(pub + ' ALTER TABLE t DROP COLUMN c;'), ['cannot drop column c of table t because other objects depend on it: publication of table t in publication p']);
  assert.equal(await members(pub + ' ALTER TABLE t DROP COLUMN b CASCADE;'), { tables: ['public.u'], schemas: [] });
  assert.equal(await errors(pub + ' ALTER TABLE t ALTER COLUMN a TYPE bigint;'), ['cannot alter type of a column used by a publication WHERE clause: publication of table t in publication p depends on column "a"']);
  assert.equal(await errors('CREATE PUBLICATION p FOR TABLE t; ALTER TABLE t DROP COLUMN c; ALTER TABLE t ALTER COLUMN a TYPE bigint;'), []);
  const { catalog } = await run(pub + ' ALTER TABLE t RENAME COLUMN b TO b2; ALTER TABLE t RENAME COLUMN c TO c2;');
  const m = catalog.publications.get('p')!.tables.get('public.t')!;
  assert.equal(m.columns, ['a', 'b2']);
  const bound = (await bindSql(BASE.replace('b int, c text', 'b2 int, c2 text') + 'CREATE PUBLICATION p FOR TABLE t (a, b2) WHERE (c2 IS NOT NULL), u;')).catalog;
  assert.is(m.where!.key, bound.publications.get('p')!.tables.get('public.t')!.where!.key);
});

test("pg_dump --clean's DROP PUBLICATION IF EXISTS before the CREATE in a schema file; DROP of several", async () => {
  const { catalog, diagnostics } = await bindSql(`DROP PUBLICATION IF EXISTS p;\nDROP TABLE IF EXISTS public.t;\nCREATE TABLE public.t (a int);\nCREATE PUBLICATION p WITH (publish = 'insert');\nALTER PUBLICATION p ADD TABLE ONLY public.t;`);
  assert.equal(diagnostics.filter((d) => d.severity === 'error'), []);
  assert.equal([...catalog.publications.get('p')!.tables.keys()], ['public.t']);
  assert.equal([...(await run('CREATE PUBLICATION a; CREATE PUBLICATION b; DROP PUBLICATION a, b;')).catalog.publications.keys()], []);
});

test("bind: pg_dump's form (CREATE … WITH every option, then ADD TABLE ONLY per member, before its tables in the file) equals the hand-written one", async () => {
  const dump = `CREATE PUBLICATION p WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION p OWNER TO root;
COMMENT ON PUBLICATION p IS 'x';
ALTER PUBLICATION p ADD TABLE ONLY public.child;
ALTER PUBLICATION p ADD TABLE ONLY public.parent;
ALTER PUBLICATION p ADD TABLE ONLY public.t (a, b) WHERE ((a > 1));
CREATE PUBLICATION p2 WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION p2 ADD TABLES IN SCHEMA s;
CREATE SCHEMA s;
CREATE TABLE public.t (a integer, b integer, c text);
CREATE TABLE public.parent (id integer);
CREATE TABLE public.child () INHERITS (public.parent);`;
  const hand = `CREATE SCHEMA s;
CREATE TABLE t (a int, b int, c text);
CREATE TABLE parent (id int);
CREATE TABLE child () INHERITS (parent);
CREATE PUBLICATION p FOR TABLE t (b, a) WHERE (a > 1), parent;
CREATE PUBLICATION p2 FOR TABLES IN SCHEMA s;
COMMENT ON PUBLICATION p IS 'x';`;
  const bound = await bindSql(dump);
  assert.equal(bound.diagnostics.filter((d) => d.severity !== 'info'), []);
  assert.equal([...bound.catalog.publications.get('p')!.tables.keys()].sort(), ['public.child', 'public.parent', 'public.t']);
  assert.equal(bound.catalog.publications.get('p2')!.schemas, ['s']);
  const { up, down } = await generateSql(hand, dump);
  assert.not.match(up, /PUBLICATION/);
  assert.not.match(down, /PUBLICATION/);
});

test.run();
