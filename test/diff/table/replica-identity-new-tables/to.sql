CREATE TABLE "Audit Log" (id int NOT NULL, "Key" int NOT NULL);
CREATE UNIQUE INDEX "Audit Log_key" ON "Audit Log" ("Key");
ALTER TABLE "Audit Log" REPLICA IDENTITY USING INDEX "Audit Log_key";
CREATE TABLE events (id int PRIMARY KEY, body text);
ALTER TABLE events REPLICA IDENTITY FULL;
CREATE TABLE pk_ident (id int PRIMARY KEY);
ALTER TABLE pk_ident REPLICA IDENTITY USING INDEX pk_ident_pkey;
