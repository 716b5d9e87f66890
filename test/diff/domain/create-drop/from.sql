CREATE DOMAIN old_code AS text CHECK (VALUE ~ '^[A-Z]+$');
CREATE TABLE legacy (code old_code);
