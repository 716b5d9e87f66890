/**
 * Bind order for statements that act on an object at their place in the file: ALTER VIEW and ALTER
 * MATERIALIZED VIEW (and ALTER TABLE naming a view) once views exist, RENAME / SET SCHEMA after the
 * statements that use the old name, and DROP … IF EXISTS before the definition it precedes (schema
 * and extension preambles, pg_dump --clean --if-exists). A DROP never silently removes what the file
 * declares: diagnostics name the places.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { diff } from '../../lib/diff/diff.js';
import type { Catalog } from '../../lib/catalog/model/catalog.js';
import type { Diagnostic } from '../../lib/source/diagnostic.js';

async function load(...texts: string[]): Promise<{ catalog: Catalog; errors: Diagnostic[]; warnings: Diagnostic[] }> {
  await initParser();
  const r = bind(texts.map((text, i) => parseFile({ path: `${i}.sql`, text })));
  return { catalog: r.catalog, errors: r.diagnostics.filter((d) => d.severity === 'error'), warnings: r.diagnostics.filter((d) => d.severity === 'warning') };
}

async function same(a: string[], b: string[]): Promise<void> {
  const x = await load(...a);
  const y = await load(...b);
  assert.equal([...x.errors, ...y.errors].map((d) => d.message), []);
  assert.equal([...x.warnings, ...y.warnings].map((d) => d.message), []);
  assert.equal(diff(x.catalog, y.catalog).map((c) => c.kind), []);
}

const TABLE = 'CREATE SCHEMA app; CREATE TABLE app.t (id int PRIMARY KEY, a text);';

test('ALTER VIEW SET / RESET binds in any file order, also through ALTER TABLE', async () => {
  const r = await load(
    `ALTER VIEW app."V" SET (security_invoker = true); ALTER TABLE app."V" SET (check_option = local); ALTER VIEW app."V" RESET (security_barrier);`,
    `${TABLE} CREATE VIEW app."V" WITH (security_barrier) AS SELECT id, a FROM app.t;`,
  );
  assert.equal(r.errors, []);
  assert.equal(r.catalog.views.get('app.V')!.options, { securityInvoker: 'true', checkOption: 'local' });
});

test('every ALTER PostgreSQL accepts on a view or materialized view binds', async () => {
  const r = await load(`${TABLE}
CREATE VIEW app.v AS SELECT id, a FROM app.t;
ALTER VIEW app.v ALTER COLUMN a SET DEFAULT 'x';
ALTER VIEW app.v ALTER COLUMN id DROP DEFAULT;
ALTER VIEW app.v OWNER TO bob;
ALTER VIEW app.v RENAME COLUMN a TO b;
ALTER VIEW app.v RENAME TO w;
CREATE SCHEMA other;
ALTER VIEW app.w SET SCHEMA other;
ALTER TABLE other.w ALTER COLUMN b SET DEFAULT 'y';
COMMENT ON VIEW other.w IS 'w';
GRANT SELECT ON other.w TO PUBLIC;
CREATE MATERIALIZED VIEW app."MV" AS SELECT id, a FROM app.t;
CREATE UNIQUE INDEX mv_id ON app."MV" (id);
ALTER INDEX app.mv_id SET (fillfactor = 80);
ALTER INDEX app.mv_id RENAME TO mv_key;
ALTER MATERIALIZED VIEW app."MV" CLUSTER ON mv_key;
ALTER MATERIALIZED VIEW app."MV" SET WITHOUT CLUSTER;
ALTER MATERIALIZED VIEW app."MV" ALTER COLUMN a SET STATISTICS 200;
ALTER MATERIALIZED VIEW app."MV" SET (fillfactor = 70);
ALTER MATERIALIZED VIEW app."MV" SET TABLESPACE pg_default;
ALTER MATERIALIZED VIEW app."MV" OWNER TO bob;
ALTER MATERIALIZED VIEW app."MV" RENAME COLUMN a TO c;
ALTER MATERIALIZED VIEW app."MV" RENAME TO mv2;
ALTER MATERIALIZED VIEW app.mv2 SET SCHEMA other;`);
  assert.equal(r.errors.map((d) => d.message), []);
  const w = r.catalog.views.get('other.w')!;
  assert.equal(w.columns, ['id', 'b']);
  assert.equal([...w.columnDefaults.keys()], ['b']);
  assert.is(w.comment, 'w');
  const mv = r.catalog.views.get('other.mv2')!;
  assert.equal(mv.columns, ['id', 'c']);
  assert.equal(mv.storage, ['fillfactor=70']);
  assert.equal(r.catalog.indexes.get('other.mv_key')?.options, ['fillfactor=80']);
});

test('a view column default on a materialized view is an error, as in PostgreSQL', async () => {
  const r = await load(`${TABLE} CREATE MATERIALIZED VIEW app.mv AS SELECT id FROM app.t; ALTER TABLE app.mv ALTER COLUMN id SET DEFAULT 1;`);
  assert.equal(r.errors.map((d) => d.message), ['"mv" is not a table, view, or foreign table']);
});

test('renames act at their place in the file: indexes, triggers and policies created before them', async () => {
  const r = await load(`${TABLE}
CREATE INDEX i ON app.t (a);
ALTER INDEX app.i RENAME TO j;
CREATE FUNCTION app.f() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';
CREATE TRIGGER tr BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION app.f();
ALTER TRIGGER tr ON app.t RENAME TO tr2;
CREATE POLICY p ON app.t USING (true);
ALTER POLICY p ON app.t RENAME TO "P2";`);
  assert.equal(r.errors.map((d) => d.message), []);
  assert.ok(r.catalog.indexes.has('app.j'));
  assert.ok(r.catalog.triggers.has('app.t.tr2'));
  assert.equal([...r.catalog.tables.get('app.t')!.policies!.keys()], ['P2']);
});

test('DROP SCHEMA / EXTENSION … IF EXISTS CASCADE before the CREATE keeps what the file creates after', async () => {
  await same(
    [`DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE TABLE u (y int);
      DROP SCHEMA IF EXISTS "Mixed" CASCADE; CREATE SCHEMA "Mixed"; CREATE TABLE "Mixed".t (x int);
      DROP EXTENSION IF EXISTS ltree CASCADE; CREATE EXTENSION ltree; CREATE TABLE d (p ltree);`],
    [`CREATE SCHEMA "Mixed"; CREATE TABLE "Mixed".t (x int); CREATE EXTENSION ltree; CREATE TABLE d (p ltree); CREATE TABLE u (y int);`],
  );
});

test('DROP … IF EXISTS of every kind right before its CREATE is a no-op', async () => {
  await same(
    [`DROP TABLE IF EXISTS t CASCADE; CREATE TABLE t (id int PRIMARY KEY, a text);
      DROP TYPE IF EXISTS e CASCADE; CREATE TYPE e AS ENUM ('x');
      DROP FUNCTION IF EXISTS f(); CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';
      DROP TRIGGER IF EXISTS tr ON t; CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
      DROP POLICY IF EXISTS "Pol" ON t; CREATE POLICY "Pol" ON t USING (true);
      DROP INDEX IF EXISTS t_a; CREATE INDEX t_a ON t (a);
      DROP STATISTICS IF EXISTS st; CREATE STATISTICS st ON id, a FROM t;
      DROP COLLATION IF EXISTS c; CREATE COLLATION c (provider = icu, locale = 'und');
      DROP AGGREGATE IF EXISTS ag(integer); CREATE AGGREGATE ag(integer) (sfunc = int4pl, stype = integer);
      DROP OPERATOR IF EXISTS === (integer, integer); CREATE OPERATOR === (leftarg = integer, rightarg = integer, function = int4eq);`],
    [`CREATE TABLE t (id int PRIMARY KEY, a text); CREATE TYPE e AS ENUM ('x');
      CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';
      CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f(); CREATE POLICY "Pol" ON t USING (true);
      CREATE INDEX t_a ON t (a); CREATE STATISTICS st ON id, a FROM t; CREATE COLLATION c (provider = icu, locale = 'und');
      CREATE AGGREGATE ag(integer) (sfunc = int4pl, stype = integer);
      CREATE OPERATOR === (leftarg = integer, rightarg = integer, function = int4eq);`],
  );
});

const DUMP = `CREATE SCHEMA shop;
CREATE TYPE shop.status AS ENUM ('new', 'paid');
CREATE FUNCTION shop.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE shop.orders (id integer NOT NULL, status shop.status DEFAULT 'new'::shop.status);
CREATE SEQUENCE shop.orders_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE shop.orders_id_seq OWNED BY shop.orders.id;
CREATE VIEW shop."Open" WITH (security_invoker='true') AS SELECT orders.id, orders.status FROM shop.orders;
ALTER TABLE ONLY shop.orders ALTER COLUMN id SET DEFAULT nextval('shop.orders_id_seq'::regclass);
ALTER TABLE ONLY shop."Open" ALTER COLUMN status SET DEFAULT 'new'::shop.status;
ALTER TABLE ONLY shop.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
CREATE INDEX orders_status ON shop.orders USING btree (status);
CREATE TRIGGER orders_stamp BEFORE INSERT ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.stamp();
CREATE POLICY "Paid" ON shop.orders USING ((status = 'paid'::shop.status));
CREATE RULE r AS ON DELETE TO shop.orders DO INSTEAD NOTHING;
`;
const CLEAN = `DROP POLICY IF EXISTS "Paid" ON shop.orders;
DROP TRIGGER IF EXISTS orders_stamp ON shop.orders;
DROP RULE IF EXISTS r ON shop.orders;
DROP INDEX IF EXISTS shop.orders_status;
ALTER TABLE IF EXISTS ONLY shop.orders DROP CONSTRAINT IF EXISTS orders_pkey;
ALTER TABLE IF EXISTS shop."Open" ALTER COLUMN status DROP DEFAULT;
ALTER TABLE IF EXISTS shop.orders ALTER COLUMN id DROP DEFAULT;
DROP VIEW IF EXISTS shop."Open";
DROP SEQUENCE IF EXISTS shop.orders_id_seq;
DROP TABLE IF EXISTS shop.orders;
DROP FUNCTION IF EXISTS shop.stamp();
DROP TYPE IF EXISTS shop.status;
DROP SCHEMA IF EXISTS shop;
`;

test('a pg_dump --clean --if-exists file binds to the catalogue of the same dump without --clean', async () => {
  const plain = await load(DUMP);
  const clean = await load(CLEAN + DUMP);
  assert.equal(clean.errors.map((d) => d.message), []);
  assert.equal(clean.warnings.map((d) => d.code), [], 'DROP RULE IF EXISTS and CREATE RULE are modelled');
  assert.equal([...clean.catalog.rules.keys()], ['shop.orders.r']);
  assert.equal(diff(plain.catalog, clean.catalog).map((c) => c.kind), []);
  assert.equal(clean.catalog.tables.get('shop.orders')!.columns.size, 2);
});

test('a DROP run last that removes objects declared after it is an error naming them', async () => {
  const text = 'CREATE TABLE t (a int);\nDROP SCHEMA public CASCADE;\nCREATE TABLE u (b int);';
  const r = await load(text);
  assert.equal(r.errors.map((d) => d.code), ['drop-removes-later-definition']);
  const d = r.errors[0]!;
  assert.is(d.span!.start, text.indexOf('DROP'));
  assert.match(d.message, /table public\.u/);
  assert.is(d.related![0]!.span!.start, text.indexOf('CREATE TABLE u'));
});

test('a moved DROP … CASCADE after objects PostgreSQL would drop with it: kept, with a warning', async () => {
  const text = 'CREATE SCHEMA s;\nCREATE TABLE s.t (a int);\nDROP SCHEMA s CASCADE;\nCREATE SCHEMA s;\nCREATE TABLE s.u (b int);';
  const r = await load(text);
  assert.equal(r.errors, []);
  assert.equal(r.warnings.map((d) => d.code), ['drop-keeps-earlier-definition']);
  assert.is(r.warnings[0]!.span!.start, text.indexOf('DROP'));
  assert.is(r.warnings[0]!.related![0]!.span!.start, text.indexOf('CREATE TABLE s.t'));
  assert.equal([...r.catalog.tables.keys()].sort(), ['s.t', 's.u']);
});

test('an earlier DROP of a table that is then defined again keeps the later definition (no warning without CASCADE effects)', async () => {
  const r = await load('CREATE TABLE t (id int PRIMARY KEY);\nDROP TABLE IF EXISTS t CASCADE;\nCREATE TABLE t (id int PRIMARY KEY, b int);');
  assert.equal([...r.errors, ...r.warnings], []);
  assert.equal([...r.catalog.tables.get('public.t')!.columns.keys()], ['id', 'b']);
});

test.run();
