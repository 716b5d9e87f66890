-- A primary key on a child waits for the NOT NULL its second parent gets late (after a validated
-- CHECK, which reaches the child): otherwise ADD PRIMARY KEY's own SET NOT NULL reads every row.
CREATE TABLE named (name text);
CREATE TABLE coded (code int NOT NULL);
CREATE TABLE item (CONSTRAINT item_pkey PRIMARY KEY (code)) INHERITS (named, coded);
