-- Children that declare "e" as well as inheriting it (merged): the parent's plain DROP COLUMN leaves their copies; "mine" keeps it, "gone" drops its own after the parent's (an inherited column cannot be dropped first).
CREATE TABLE base (id integer, e text);
CREATE TABLE mine (e text, x integer) INHERITS (base);
CREATE TABLE gone (e text, y integer) INHERITS (base);
