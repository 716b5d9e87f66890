CREATE TABLE flags (
  kind "char" NOT NULL DEFAULT 'r',
  code "char",
  tags "char"[],
  qual char,
  extra "char"
);
