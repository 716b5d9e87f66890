-- serial ↔ identity on the same column: both use the sequence name <table>_<column>_seq.
CREATE TABLE t (
  a int NOT NULL,
  b serial,
  c int GENERATED ALWAYS AS IDENTITY
);
