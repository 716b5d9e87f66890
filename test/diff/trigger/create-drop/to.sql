CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0, updated_at timestamptz);
CREATE TABLE audit (at timestamptz DEFAULT now(), what text, n bigint);
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit (what) VALUES (TG_OP || ' ' || TG_ARGV[0]);
  RETURN NULL;
END
$$;
CREATE FUNCTION audit_bulk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit (what, n) SELECT 'bulk', count(*) FROM changed;
  RETURN NULL;
END
$$;
CREATE TRIGGER balance_changed AFTER UPDATE OF balance ON accounts
  FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION audit_row('balance', 2);
CREATE TRIGGER accounts_deleted AFTER DELETE OR INSERT ON accounts FOR EACH STATEMENT EXECUTE FUNCTION audit_row('rows');
CREATE TRIGGER accounts_bulk AFTER INSERT ON accounts REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION audit_bulk();
COMMENT ON TRIGGER balance_changed ON accounts IS 'audits balance changes';
