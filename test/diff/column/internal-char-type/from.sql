-- "char" (quoted) is PostgreSQL's 1-byte internal type; unquoted char is character(1)
CREATE TABLE flags (
  kind "char" NOT NULL DEFAULT 'r',
  code char,
  tags "char"[],
  qual pg_catalog."char"
);
