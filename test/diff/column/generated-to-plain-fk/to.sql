-- quoted, mixed-case names in another schema; foreign keys of another table and of the table itself
-- reference the generated column: DROP EXPRESSION keeps them (up), DROP COLUMN refuses while they exist (down)
CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Orders" (id int PRIMARY KEY, "Qty" int, "Code" int UNIQUE DEFAULT 0, parent_code int REFERENCES "Sales"."Orders" ("Code"));
CREATE TABLE "Sales".lines (code int REFERENCES "Sales"."Orders" ("Code") ON DELETE CASCADE);
