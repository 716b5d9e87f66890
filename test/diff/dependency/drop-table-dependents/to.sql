-- legacy is dropped: the views and SQL-standard functions reading it go first; one view is kept, changed
CREATE TABLE current (id int PRIMARY KEY);
CREATE VIEW everything AS SELECT id FROM current;
