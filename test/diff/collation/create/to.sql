CREATE COLLATION bytewise (locale = 'C');
CREATE COLLATION posix_copy FROM "POSIX";
CREATE TABLE words (w text COLLATE bytewise, v text COLLATE posix_copy, x text COLLATE "C");
COMMENT ON COLLATION bytewise IS 'byte order';
