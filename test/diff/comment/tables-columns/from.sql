CREATE TABLE t (id int, a text);
COMMENT ON TABLE t IS 'old';
COMMENT ON COLUMN t.a IS 'gone';
