-- An identity column narrowed while its explicit bounds do not fit the new type (bigint MAXVALUE 3000000000 → integer): PostgreSQL refuses the type change until the bounds fit, so they are set first.
CREATE TABLE it (
  a bigint GENERATED ALWAYS AS IDENTITY (MAXVALUE 3000000000),
  b bigint GENERATED ALWAYS AS IDENTITY (START WITH 3000000000 MINVALUE 3000000000),
  c bigint GENERATED ALWAYS AS IDENTITY (MAXVALUE 5000)
);
