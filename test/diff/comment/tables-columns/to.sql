CREATE TABLE t (id int, a text);
COMMENT ON TABLE t IS 'it''s new';
COMMENT ON COLUMN t.id IS 'key';
CREATE TABLE u (x int);
COMMENT ON COLUMN u.x IS 'x marks';
