/**
 * A labelled set of verdicts, written for pgshift from the documented intent of each rule (pgshift's
 * docs/rules.md, LINT-RULES.md and squawk's rule documentation): one statement or short file per case, the
 * rule that should or should not fire on it. Not copied from any test suite. `squawk` marks cases where
 * squawk's own verdict differs by design (pgshift knows the catalogue or the column's role), with the reason.
 * Statements above a `-- migration` line are the chain (the catalogue before).
 */
export interface LabelledCase {
  rule: string;
  sql: string;
  fires: boolean;
  pgVersion?: number;
  assumeInTransaction?: boolean;
  squawk?: string;
}

const T = 'CREATE TABLE t (id bigint PRIMARY KEY, a integer, b text, v varchar(10), n numeric(10,2));\n-- migration\n';

export const CASES: LabelledCase[] = [
  // adding-field-with-default
  { rule: 'adding-field-with-default', sql: 'ALTER TABLE t ADD COLUMN c integer DEFAULT 10;', fires: false },
  { rule: 'adding-field-with-default', sql: 'ALTER TABLE t ADD COLUMN c integer DEFAULT 10;', fires: true, pgVersion: 10 },
  { rule: 'adding-field-with-default', sql: 'ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid();', fires: true },
  { rule: 'adding-field-with-default', sql: "ALTER TABLE t ADD COLUMN c jsonb DEFAULT '{}'::jsonb;", fires: false },
  { rule: 'adding-field-with-default', sql: 'ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now();', fires: false },
  { rule: 'adding-field-with-default', sql: 'ALTER TABLE t ADD COLUMN c float8 DEFAULT random();', fires: true },
  { rule: 'adding-field-with-default', sql: 'CREATE TABLE u (id bigint);\nALTER TABLE u ADD COLUMN c uuid DEFAULT gen_random_uuid();', fires: false, squawk: 'squawk does not know that u is new' },
  { rule: 'adding-stored-generated-column', sql: 'ALTER TABLE t ADD COLUMN c integer GENERATED ALWAYS AS (a + 1) STORED;', fires: true },
  // adding-foreign-key-constraint
  { rule: 'adding-foreign-key-constraint', sql: 'CREATE TABLE u (id bigint PRIMARY KEY);\n' + T + 'ALTER TABLE t ADD CONSTRAINT t_a_fk FOREIGN KEY (a) REFERENCES u (id);', fires: true },
  { rule: 'adding-foreign-key-constraint', sql: 'CREATE TABLE u (id bigint PRIMARY KEY);\n' + T + 'ALTER TABLE t ADD CONSTRAINT t_a_fk FOREIGN KEY (a) REFERENCES u (id) NOT VALID;', fires: false },
  { rule: 'adding-foreign-key-constraint', sql: 'CREATE TABLE u (id bigint PRIMARY KEY);\nCREATE TABLE w (id bigint, u_id bigint REFERENCES u (id));', fires: false },
  // adding-not-nullable-field
  { rule: 'adding-not-nullable-field', sql: T + 'ALTER TABLE t ALTER COLUMN b SET NOT NULL;', fires: true },
  { rule: 'adding-not-nullable-field', sql: 'ALTER TABLE t ADD CONSTRAINT t_b_nn CHECK (b IS NOT NULL) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT t_b_nn;\nALTER TABLE t ALTER COLUMN b SET NOT NULL;', fires: false },
  { rule: 'adding-not-nullable-field', sql: 'ALTER TABLE t ADD CONSTRAINT t_b_nn CHECK (b IS NOT NULL) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT t_b_nn;\nALTER TABLE t ALTER COLUMN b SET NOT NULL;', fires: true, pgVersion: 11 },
  { rule: 'require-statement-timeout', sql: "SET statement_timeout = '1min';\nALTER TABLE t ADD CONSTRAINT t_b_nn CHECK (b IS NOT NULL) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT t_b_nn;\nRESET statement_timeout;\nALTER TABLE t ALTER COLUMN b SET NOT NULL;", fires: false },
  { rule: 'adding-not-nullable-field', sql: 'CREATE TABLE u (id bigint, b text);\nALTER TABLE u ALTER COLUMN b SET NOT NULL;', fires: false, squawk: 'squawk does not know that u is new' },
  // adding-required-field
  { rule: 'adding-required-field', sql: 'ALTER TABLE t ADD COLUMN c integer NOT NULL;', fires: true },
  { rule: 'adding-required-field', sql: 'ALTER TABLE t ADD COLUMN c integer NOT NULL DEFAULT 0;', fires: false },
  { rule: 'adding-required-field', sql: 'ALTER TABLE t ADD COLUMN c integer;', fires: false },
  // adding-primary-key-constraint (squawk: adding-serial-primary-key-field)
  { rule: 'adding-primary-key-constraint', sql: 'ALTER TABLE t ADD PRIMARY KEY (id);', fires: true },
  { rule: 'adding-primary-key-constraint', sql: 'ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_idx;', fires: false },
  { rule: 'adding-primary-key-constraint', sql: 'ALTER TABLE t ADD COLUMN id2 bigserial PRIMARY KEY;', fires: true },
  // ban-char-field
  { rule: 'ban-char-field', sql: 'CREATE TABLE u (code char(2));', fires: true },
  { rule: 'ban-char-field', sql: 'CREATE TABLE u (code character(2));', fires: true },
  { rule: 'ban-char-field', sql: 'CREATE TABLE u (code varchar(2), name text);', fires: false },
  // ban-concurrent-index-creation-in-transaction
  { rule: 'ban-concurrent-index-creation-in-transaction', sql: 'BEGIN;\nCREATE INDEX CONCURRENTLY t_a_idx ON t (a);\nCOMMIT;', fires: true },
  { rule: 'ban-concurrent-index-creation-in-transaction', sql: 'CREATE INDEX CONCURRENTLY t_a_idx ON t (a);', fires: false },
  { rule: 'ban-concurrent-index-creation-in-transaction', sql: 'CREATE INDEX CONCURRENTLY t_a_idx ON t (a);', fires: true, assumeInTransaction: true },
  { rule: 'ban-concurrent-index-creation-in-transaction', sql: '-- squawk-disable-assume-in-transaction\nCREATE INDEX CONCURRENTLY t_a_idx ON t (a);', fires: false, assumeInTransaction: true },
  { rule: 'ban-concurrent-index-creation-in-transaction', sql: 'SELECT 1;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_a_idx ON t (a);', fires: false, assumeInTransaction: true },
  { rule: 'ban-concurrent-index-creation-in-transaction', sql: '-- pgshift:no-transaction\nCREATE INDEX CONCURRENTLY t_a_idx ON t (a);', fires: false, assumeInTransaction: true },
  // domains
  { rule: 'ban-create-domain-with-constraint', sql: 'CREATE DOMAIN positive AS integer CHECK (VALUE > 0);', fires: true },
  { rule: 'ban-create-domain-with-constraint', sql: 'CREATE DOMAIN label AS text;', fires: false },
  { rule: 'ban-alter-domain-with-add-constraint', sql: 'ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0);', fires: true },
  { rule: 'ban-alter-domain-with-add-constraint', sql: 'ALTER DOMAIN positive SET DEFAULT 1;', fires: false },
  // drops
  { rule: 'ban-drop-column', sql: 'ALTER TABLE t DROP COLUMN b;', fires: true },
  { rule: 'ban-drop-column', sql: 'ALTER TABLE t ADD COLUMN c text;', fires: false },
  { rule: 'ban-drop-database', sql: 'DROP DATABASE app;', fires: true },
  { rule: 'ban-drop-database', sql: 'CREATE DATABASE app;', fires: false },
  { rule: 'ban-drop-not-null', sql: 'ALTER TABLE t ALTER COLUMN b DROP NOT NULL;', fires: true },
  { rule: 'ban-drop-table', sql: 'DROP TABLE t;', fires: true },
  { rule: 'ban-drop-schema', sql: 'DROP SCHEMA app CASCADE;', fires: true },
  { rule: 'ban-truncate-cascade', sql: 'TRUNCATE t CASCADE;', fires: true },
  { rule: 'ban-truncate-cascade', sql: 'TRUNCATE t;', fires: false },
  // transactions
  { rule: 'ban-uncommitted-transaction', sql: 'BEGIN;\nALTER TABLE t ADD COLUMN c text;', fires: true },
  { rule: 'ban-uncommitted-transaction', sql: 'BEGIN;\nALTER TABLE t ADD COLUMN c text;\nCOMMIT;', fires: false },
  { rule: 'transaction-nesting', sql: 'BEGIN;\nBEGIN;\nSELECT 1;\nCOMMIT;', fires: true },
  { rule: 'transaction-nesting', sql: 'BEGIN;\nSELECT 1;\nCOMMIT;', fires: true, assumeInTransaction: true },
  { rule: 'transaction-nesting', sql: 'SELECT 1;\nCOMMIT;', fires: true, assumeInTransaction: true },
  { rule: 'transaction-nesting', sql: 'SELECT 1;\nROLLBACK;', fires: true, assumeInTransaction: true },
  { rule: 'transaction-nesting', sql: 'BEGIN;\nSELECT 1;\nCOMMIT;', fires: false },
  { rule: 'transaction-nesting', sql: '-- squawk-disable-assume-in-transaction\nBEGIN;\nSELECT 1;\nCOMMIT;', fires: false, assumeInTransaction: true },
  // changing-column-type (catalogue-aware)
  { rule: 'changing-column-type', sql: T + 'ALTER TABLE t ALTER COLUMN a TYPE bigint;', fires: true },
  { rule: 'changing-column-type', sql: T + 'ALTER TABLE t ALTER COLUMN v TYPE varchar(20);', fires: false, squawk: 'squawk reports every type change; varchar(10) -> varchar(20) is metadata-only' },
  { rule: 'changing-column-type', sql: T + 'ALTER TABLE t ALTER COLUMN v TYPE text;', fires: false, squawk: 'squawk reports every type change; varchar -> text is metadata-only' },
  { rule: 'changing-column-type', sql: T + 'ALTER TABLE t ALTER COLUMN n TYPE numeric(12,2);', fires: false, squawk: 'squawk reports every type change; a numeric precision increase is metadata-only' },
  // constraint-missing-not-valid
  { rule: 'constraint-missing-not-valid', sql: 'ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0);', fires: true },
  { rule: 'constraint-missing-not-valid', sql: 'ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;', fires: false },
  { rule: 'constraint-missing-not-valid', sql: 'BEGIN;\nALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT t_a_check;\nCOMMIT;', fires: true },
  { rule: 'constraint-missing-not-valid', sql: 'CREATE TABLE u (id bigint, a integer);\nALTER TABLE u ADD CONSTRAINT u_a_check CHECK (a > 0);', fires: false, squawk: 'squawk does not know that u is new' },
  // disallowed-unique-constraint
  { rule: 'disallowed-unique-constraint', sql: 'ALTER TABLE t ADD CONSTRAINT t_b_key UNIQUE (b);', fires: true },
  { rule: 'disallowed-unique-constraint', sql: 'ALTER TABLE t ADD CONSTRAINT t_b_key UNIQUE USING INDEX t_b_idx;', fires: false },
  // integer keys
  { rule: 'prefer-bigint-over-int', sql: 'CREATE TABLE u (id integer PRIMARY KEY);', fires: true },
  { rule: 'prefer-bigint-over-int', sql: 'CREATE TABLE u (id serial PRIMARY KEY);', fires: true },
  { rule: 'prefer-bigint-over-int', sql: 'CREATE TABLE u (id bigint PRIMARY KEY, quantity integer);', fires: false, squawk: 'squawk reports every int column; pgshift only keys (LINT-RULES)' },
  { rule: 'prefer-bigint-over-smallint', sql: 'CREATE TABLE u (id smallint PRIMARY KEY);', fires: true },
  { rule: 'prefer-identity', sql: 'CREATE TABLE u (id bigserial PRIMARY KEY);', fires: true },
  { rule: 'prefer-identity', sql: 'CREATE TABLE u (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);', fires: false },
  { rule: 'prefer-text-field', sql: 'CREATE TABLE u (name varchar(100));', fires: true },
  { rule: 'prefer-text-field', sql: 'CREATE TABLE u (name text);', fires: false },
  { rule: 'prefer-timestamptz', sql: 'CREATE TABLE u (at timestamp);', fires: true },
  { rule: 'prefer-timestamptz', sql: 'ALTER TABLE t ALTER COLUMN b TYPE timestamp without time zone USING b::timestamp;', fires: true },
  { rule: 'prefer-timestamptz', sql: 'CREATE TABLE u (at timestamptz);', fires: false },
  // renames
  { rule: 'renaming-column', sql: 'ALTER TABLE t RENAME COLUMN b TO c;', fires: true },
  { rule: 'renaming-table', sql: 'ALTER TABLE t RENAME TO t2;', fires: true },
  // concurrency
  { rule: 'require-concurrent-index-creation', sql: 'CREATE INDEX t_a_idx ON t (a);', fires: true },
  { rule: 'require-concurrent-index-creation', sql: 'CREATE INDEX CONCURRENTLY t_a_idx ON t (a);', fires: false },
  { rule: 'require-concurrent-index-creation', sql: 'CREATE TABLE u (id bigint, a integer);\nCREATE INDEX u_a_idx ON u (a);', fires: false, squawk: 'squawk reports an index on a table created two lines above' },
  { rule: 'require-concurrent-index-deletion', sql: 'DROP INDEX t_a_idx;', fires: true },
  { rule: 'require-concurrent-index-deletion', sql: 'DROP INDEX CONCURRENTLY t_a_idx;', fires: false },
  { rule: 'require-concurrent-partition-detach', sql: 'ALTER TABLE events DETACH PARTITION events_2020;', fires: true },
  { rule: 'require-concurrent-partition-detach', sql: 'ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;', fires: false },
  { rule: 'require-concurrent-reindex', sql: 'REINDEX TABLE t;', fires: true },
  { rule: 'require-concurrent-reindex', sql: 'REINDEX (CONCURRENTLY false) TABLE t;', fires: true },
  { rule: 'require-concurrent-reindex', sql: 'REINDEX TABLE CONCURRENTLY t;', fires: false },
  { rule: 'require-concurrent-reindex', sql: 'REINDEX SYSTEM app;', fires: false },
  { rule: 'prefer-repack', sql: 'VACUUM FULL t;', fires: true },
  { rule: 'prefer-repack', sql: 'VACUUM (FULL false) t;', fires: false },
  { rule: 'prefer-repack', sql: 'CLUSTER t USING t_pkey;', fires: true },
  { rule: 'prefer-repack', sql: 'VACUUM ANALYZE t;', fires: false },
  // timeouts (squawk: require-timeout-settings)
  { rule: 'require-lock-timeout', sql: 'ALTER TABLE t ADD COLUMN c text;', fires: true },
  { rule: 'require-lock-timeout', sql: "SET lock_timeout = '1s';\nALTER TABLE t ADD COLUMN c text;", fires: false },
  { rule: 'require-lock-timeout', sql: 'CREATE TABLE u (id bigint);', fires: false },
  { rule: 'require-statement-timeout', sql: 'ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0);', fires: true },
  // enums
  { rule: 'require-enum-value-ordering', sql: "ALTER TYPE mood ADD VALUE 'meh';", fires: true },
  { rule: 'require-enum-value-ordering', sql: "ALTER TYPE mood ADD VALUE 'meh' AFTER 'ok';", fires: false },
  { rule: 'enum-value-in-same-transaction', sql: "CREATE TYPE mood AS ENUM ('ok');\nCREATE TABLE p (m mood);\n-- migration\nBEGIN;\nALTER TYPE mood ADD VALUE 'meh';\nINSERT INTO p (m) VALUES ('meh');\nCOMMIT;", fires: true },
  { rule: 'enum-value-in-same-transaction', sql: "CREATE TYPE mood AS ENUM ('ok');\nCREATE TABLE p (m mood);\n-- migration\nBEGIN;\nALTER TYPE mood ADD VALUE 'meh';\nCOMMIT;\nINSERT INTO p (m) VALUES ('meh');", fires: false },
  { rule: 'enum-value-in-same-transaction', sql: "BEGIN;\nALTER TYPE mood ADD VALUE 'meh';\nCOMMIT;", fires: true, pgVersion: 11 },
  { rule: 'enum-value-in-same-transaction', sql: "ALTER TYPE mood ADD VALUE 'meh';", fires: false, pgVersion: 11 },
  // schema and identifiers
  { rule: 'require-table-schema', sql: 'CREATE TABLE u (id bigint);', fires: true },
  { rule: 'require-table-schema', sql: 'CREATE TABLE app.u (id bigint);', fires: false },
  { rule: 'identifier-too-long', sql: 'CREATE TABLE "' + 'ä'.repeat(32) + '" (id bigint);', fires: true },
  { rule: 'identifier-too-long', sql: 'CREATE TABLE "' + 'ä'.repeat(31) + '" (id bigint);', fires: false },
  { rule: 'identifier-too-long', sql: 'CREATE TABLE ' + 'a'.repeat(64) + ' (id bigint);', fires: true },
  { rule: 'identifier-too-long', sql: 'CREATE TABLE ' + 'a'.repeat(63) + ' (id bigint);', fires: false },
  // duplicate assignments
  { rule: 'ban-duplicate-column-assignments', sql: 'UPDATE t SET a = 1, a = 2;', fires: true },
  { rule: 'ban-duplicate-column-assignments', sql: 'UPDATE t SET a = 1, b = 2;', fires: false },
  { rule: 'ban-duplicate-column-assignments', sql: 'INSERT INTO t (id, a) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET a = 1, a = 2;', fires: true },
  { rule: 'ban-duplicate-column-assignments', sql: 'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = 1, a = 2;', fires: true },
  { rule: 'ban-duplicate-column-assignments', sql: 'CREATE VIEW tv (x, x) AS SELECT id, a FROM t;', fires: true },
  { rule: 'ban-duplicate-column-assignments', sql: 'CREATE FOREIGN TABLE f (a integer, a integer) SERVER s;', fires: true },
  { rule: 'ban-duplicate-column-assignments', sql: 'SELECT id, a AS id INTO t2 FROM t;', fires: true },
  { rule: 'ban-duplicate-column-assignments', sql: 'UPDATE t SET p.x = 1, p.y = 2;', fires: false },
  { rule: 'ban-duplicate-column-assignments', sql: 'UPDATE t SET arr[1] = 1, arr[2] = 2;', fires: false },
  // prefer-robust-stmts (off by default; enabled for these cases)
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nALTER TABLE t ADD COLUMN c text;', fires: true },
  { rule: 'prefer-robust-stmts', sql: 'ALTER TABLE t ADD COLUMN c text;', fires: false },
  { rule: 'prefer-robust-stmts', sql: 'BEGIN;\nALTER TABLE t ADD COLUMN c text;\nCOMMIT;', fires: false },
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nALTER TABLE t ADD COLUMN c text;', fires: false, assumeInTransaction: true },
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nCREATE INDEX CONCURRENTLY t_a_idx ON t (a);', fires: true },
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_a_idx ON t (a);', fires: false },
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nCREATE INDEX CONCURRENTLY ON t (a);', fires: false },
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nDROP TABLE t;', fires: true },
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nDROP TABLE IF EXISTS t;', fires: false },
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nALTER TABLE t DROP CONSTRAINT t_a_check;', fires: true },
  { rule: 'prefer-robust-stmts', sql: 'ALTER TABLE t DROP CONSTRAINT IF EXISTS t_b_key;\nALTER TABLE t ADD CONSTRAINT t_b_key UNIQUE USING INDEX t_b_idx;', fires: false },
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nALTER TABLE t ADD CONSTRAINT t_b_key UNIQUE USING INDEX t_b_idx;', fires: true },
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nCREATE TEMP TABLE x (id bigint) ON COMMIT DROP;', fires: false },
  { rule: 'prefer-robust-stmts', sql: 'SELECT 1;\nALTER TABLE t ALTER COLUMN b SET NOT NULL;', fires: false, squawk: 'squawk reports every other ALTER TABLE action outside a transaction; SET NOT NULL is repeatable' },
  // recall probe: what a DBA worries about
  { rule: 'require-concurrent-refresh', sql: 'CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x;\n-- migration\nREFRESH MATERIALIZED VIEW mv;', fires: true },
  { rule: 'require-concurrent-refresh', sql: 'REFRESH MATERIALIZED VIEW CONCURRENTLY mv;', fires: false },
  { rule: 'truncate-existing-table', sql: T + 'TRUNCATE t;', fires: true },
  { rule: 'truncate-existing-table', sql: 'CREATE TABLE u (id bigint);\nTRUNCATE u;', fires: false },
  { rule: 'update-or-delete-without-where', sql: T + 'DELETE FROM t;', fires: true },
  { rule: 'update-or-delete-without-where', sql: T + "UPDATE t SET b = 'x';", fires: true },
  { rule: 'update-or-delete-without-where', sql: T + 'DELETE FROM t WHERE id = 1;', fires: false },
  // catalogue context
  { rule: 'unique-on-existing-column', sql: T + 'CREATE UNIQUE INDEX CONCURRENTLY t_b_key ON t (b);', fires: true },
  { rule: 'nullable-to-not-null', sql: T + 'ALTER TABLE t ALTER COLUMN b SET NOT NULL;', fires: true },
  { rule: 'fk-without-index', sql: 'CREATE TABLE u (id bigint PRIMARY KEY);\nCREATE TABLE w (id bigint PRIMARY KEY, u_id bigint REFERENCES u (id));', fires: true },
  { rule: 'fk-without-index', sql: 'CREATE TABLE u (id bigint PRIMARY KEY);\nCREATE TABLE w (id bigint PRIMARY KEY, u_id bigint REFERENCES u (id));\nCREATE INDEX w_u_id_idx ON w (u_id);', fires: false },
  { rule: 'drop-constraint', sql: 'CREATE TABLE u (id bigint PRIMARY KEY, a integer CONSTRAINT u_a_check CHECK (a > 0));\n-- migration\nALTER TABLE u DROP CONSTRAINT u_a_check;', fires: true },
  { rule: 'trigger-on-existing-table', sql: T + 'CREATE TRIGGER t_audit AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION audit();', fires: true },
  { rule: 'set-logged-unlogged', sql: 'ALTER TABLE t SET UNLOGGED;', fires: true },
  { rule: 'adding-exclusion-constraint', sql: 'ALTER TABLE t ADD CONSTRAINT t_excl EXCLUDE USING gist (a WITH =);', fires: true },
  { rule: 'statements-after-access-exclusive', sql: T + 'BEGIN;\nALTER TABLE t ADD COLUMN c text;\nUPDATE t SET c = b WHERE id < 100;\nCOMMIT;', fires: true },
];

/** Opt-in rules for squawk's newer ids (ban-drop-view, …, renaming-object, ban-set-schema). */
CASES.push(
  { rule: 'drop-object', sql: 'DROP VIEW v;', fires: true },
  { rule: 'drop-object', sql: 'DROP FUNCTION f(integer);', fires: true },
  { rule: 'drop-object', sql: 'DROP TRIGGER trg ON t;', fires: true },
  { rule: 'drop-object', sql: 'DROP SEQUENCE s;', fires: true },
  { rule: 'drop-object', sql: 'DROP DOMAIN d;', fires: true },
  { rule: 'drop-object', sql: 'DROP TYPE mood;', fires: true },
  { rule: 'drop-object', sql: 'DROP VIEW v;\nCREATE VIEW v AS SELECT 1 AS x;', fires: false },
  { rule: 'drop-object', sql: 'CREATE SEQUENCE s;\nDROP SEQUENCE s;', fires: false },
  { rule: 'drop-object', sql: 'BEGIN;\nCREATE SEQUENCE s;\nCOMMIT;\nDROP SEQUENCE s;', fires: true },
  { rule: 'renaming-object', sql: 'ALTER VIEW v RENAME TO w;', fires: true },
  { rule: 'renaming-object', sql: 'ALTER TYPE mood RENAME TO feeling;', fires: true },
  { rule: 'renaming-object', sql: 'ALTER TABLE t SET SCHEMA archive;', fires: true },
  { rule: 'renaming-object', sql: 'ALTER INDEX i RENAME TO j;', fires: false },
  { rule: 'renaming-object', sql: 'ALTER TABLE t RENAME TO u;', fires: false },
  // SET LOCAL counts only inside a transaction and until it ends (PostgreSQL 15 ignores it outside one, with a WARNING)
  { rule: 'require-lock-timeout', sql: T + "SET LOCAL lock_timeout = '2s';\nALTER TABLE t ADD COLUMN c text;", fires: true },
  { rule: 'require-lock-timeout', sql: T + "SET LOCAL lock_timeout = '2s';\nALTER TABLE t ADD COLUMN c text;", fires: false, assumeInTransaction: true },
  { rule: 'require-lock-timeout', sql: T + "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE t ADD COLUMN c text;\nCOMMIT;", fires: false },
  { rule: 'require-lock-timeout', sql: T + "BEGIN;\nSET LOCAL lock_timeout = '2s';\nCOMMIT;\nALTER TABLE t ADD COLUMN c text;", fires: true },
  { rule: 'require-lock-timeout', sql: T + "BEGIN;\nSET lock_timeout = '2s';\nCOMMIT;\nALTER TABLE t ADD COLUMN c text;", fires: false },
  { rule: 'require-lock-timeout', sql: T + "BEGIN;\nSET lock_timeout = '2s';\nROLLBACK;\nALTER TABLE t ADD COLUMN c text;", fires: true },
  { rule: 'require-lock-timeout', sql: T + "SET lock_timeout = '2s';\nBEGIN;\nSET LOCAL lock_timeout = 0;\nCOMMIT;\nALTER TABLE t ADD COLUMN c text;", fires: false },
  { rule: 'require-lock-timeout', sql: T + "BEGIN;\nSET LOCAL lock_timeout = '2s';\nSET lock_timeout = '3s';\nCOMMIT;\nALTER TABLE t ADD COLUMN c text;", fires: false },
  { rule: 'require-statement-timeout', sql: T + "SET lock_timeout = '2s';\nSET LOCAL statement_timeout = '1min';\nALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0);", fires: true },
  { rule: 'require-statement-timeout', sql: T + "SET lock_timeout = '2s';\nSET LOCAL statement_timeout = '1min';\nALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0);", fires: false, assumeInTransaction: true },
  // ADD PRIMARY KEY runs SET NOT NULL on its key columns that are not NOT NULL yet
  { rule: 'nullable-to-not-null', sql: 'CREATE TABLE authors (id bigint, name text);\n-- migration\nALTER TABLE authors ADD PRIMARY KEY (name);', fires: true },
  { rule: 'adding-not-nullable-field', sql: 'CREATE TABLE authors (id bigint, name text);\n-- migration\nALTER TABLE authors ADD PRIMARY KEY (name);', fires: true },
  { rule: 'adding-primary-key-constraint', sql: 'CREATE TABLE authors (id bigint, name text);\n-- migration\nALTER TABLE authors ADD PRIMARY KEY (name);', fires: true },
  { rule: 'nullable-to-not-null', sql: 'CREATE TABLE authors (id bigint, name text);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;', fires: true },
  { rule: 'adding-not-nullable-field', sql: 'CREATE TABLE authors (id bigint, name text);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;', fires: true },
  { rule: 'require-statement-timeout', sql: "CREATE TABLE authors (id bigint, name text);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nSET lock_timeout = '2s';\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;", fires: true },
  { rule: 'adding-primary-key-constraint', sql: 'CREATE TABLE authors (id bigint, name text);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;', fires: false },
  // already NOT NULL: the index is attached, nothing is read
  { rule: 'require-statement-timeout', sql: "CREATE TABLE authors (name text NOT NULL);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nSET lock_timeout = '2s';\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;", fires: false },
  { rule: 'nullable-to-not-null', sql: 'CREATE TABLE authors (name text NOT NULL);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;', fires: false },
  { rule: 'adding-not-nullable-field', sql: 'CREATE TABLE authors (name text NOT NULL);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;', fires: false },
  // made NOT NULL earlier in the same migration (the catalogue follows the file)
  { rule: 'require-statement-timeout', sql: "CREATE TABLE authors (name text);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nSET lock_timeout = '2s';\nALTER TABLE authors ADD CONSTRAINT authors_name_nn CHECK (name IS NOT NULL) NOT VALID;\nALTER TABLE authors VALIDATE CONSTRAINT authors_name_nn;\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;", fires: false },
  { rule: 'adding-not-nullable-field', sql: "CREATE TABLE authors (name text);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nALTER TABLE authors ADD CONSTRAINT authors_name_nn CHECK (name IS NOT NULL) NOT VALID;\nALTER TABLE authors VALIDATE CONSTRAINT authors_name_nn;\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;", fires: false },
  { rule: 'adding-not-nullable-field', sql: "CREATE TABLE authors (name text);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nALTER TABLE authors ADD CONSTRAINT authors_name_nn CHECK (name IS NOT NULL) NOT VALID;\nALTER TABLE authors VALIDATE CONSTRAINT authors_name_nn;\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;", fires: true, pgVersion: 11 },
  { rule: 'nullable-to-not-null', sql: "CREATE TABLE authors (name text);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nALTER TABLE authors ADD CONSTRAINT authors_name_nn CHECK (name IS NOT NULL) NOT VALID;\nALTER TABLE authors VALIDATE CONSTRAINT authors_name_nn;\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;", fires: false, pgVersion: 11 },
  // composite key with one nullable column, schema-qualified and quoted; a partitioned parent
  { rule: 'nullable-to-not-null', sql: 'CREATE SCHEMA app;\nCREATE TABLE app.line (order_id bigint NOT NULL, "Pos" int);\n-- migration\nALTER TABLE app.line ADD CONSTRAINT line_pkey PRIMARY KEY (order_id, "Pos");', fires: true },
  { rule: 'adding-not-nullable-field', sql: 'CREATE TABLE ev (id bigint, k int) PARTITION BY LIST (k);\nCREATE TABLE ev1 PARTITION OF ev FOR VALUES IN (1);\n-- migration\nALTER TABLE ev ADD PRIMARY KEY (id, k);', fires: true },
  // a table created in the migration, or one the catalogue does not know: not reported
  { rule: 'nullable-to-not-null', sql: 'CREATE TABLE authors (id bigint, name text);\nALTER TABLE authors ADD PRIMARY KEY (name);', fires: false },
  { rule: 'nullable-to-not-null', sql: 'ALTER TABLE nowhere ADD PRIMARY KEY (name);', fires: false },
  // fk-without-index: a partial index does not cover the lookups of DELETE / UPDATE on the referenced table
  { rule: 'fk-without-index', sql: 'CREATE TABLE items (id bigint PRIMARY KEY);\nCREATE TABLE purchase (id bigint PRIMARY KEY, item bigint NOT NULL REFERENCES items (id));\nCREATE INDEX purchase_item_idx ON purchase (item) WHERE item > 0;', fires: true },
  { rule: 'fk-without-index', sql: 'CREATE TABLE items (id bigint PRIMARY KEY);\nCREATE TABLE purchase (id bigint PRIMARY KEY, item bigint NOT NULL REFERENCES items (id));\nCREATE INDEX purchase_item_idx ON purchase USING hash (item);', fires: false },
  { rule: 'fk-without-index', sql: 'CREATE TABLE items (id bigint PRIMARY KEY);\nCREATE TABLE purchase (id bigint PRIMARY KEY, item bigint NOT NULL REFERENCES items (id));\nCREATE INDEX purchase_item_idx ON purchase USING brin (item);', fires: true },
  { rule: 'fk-without-index', sql: 'CREATE TABLE items (id bigint PRIMARY KEY);\nCREATE TABLE purchase (id bigint PRIMARY KEY, item bigint NOT NULL REFERENCES items (id));\nCREATE INDEX purchase_item_idx ON purchase ((item + 0));', fires: true },
  { rule: 'fk-without-index', sql: 'CREATE TABLE items (a int, b int, PRIMARY KEY (a, b));\nCREATE TABLE purchase (id bigint PRIMARY KEY, ia int, ib int, FOREIGN KEY (ia, ib) REFERENCES items (a, b));\nCREATE INDEX purchase_item_idx ON purchase (ib, ia) INCLUDE (id);', fires: false },
  { rule: 'fk-without-index', sql: 'CREATE TABLE items (a int, b int, PRIMARY KEY (a, b));\nCREATE TABLE purchase (id bigint PRIMARY KEY, ia int, ib int, FOREIGN KEY (ia, ib) REFERENCES items (a, b));\nCREATE INDEX purchase_item_idx ON purchase (ia) INCLUDE (ib);', fires: true },
  { rule: 'fk-without-index', sql: 'CREATE TABLE items (id bigint PRIMARY KEY);\nCREATE TABLE purchase (id bigint PRIMARY KEY, item bigint REFERENCES items (id));\nCREATE UNIQUE INDEX purchase_item_key ON purchase (item) WHERE item IS NOT NULL;\nCREATE INDEX purchase_item_all ON purchase (item, id);', fires: false },
);
