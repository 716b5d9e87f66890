CREATE TABLE parents (id int PRIMARY KEY);
CREATE TABLE children (
  id int PRIMARY KEY,
  parent_id int CONSTRAINT children_parent_fk REFERENCES parents (id),
  other_id int CONSTRAINT children_other_fk REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED,
  third_id int CONSTRAINT children_third_fk REFERENCES parents (id) DEFERRABLE,
  fourth_id int CONSTRAINT children_fourth_fk REFERENCES parents (id) ON DELETE CASCADE
);
