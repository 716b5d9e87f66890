CREATE TABLE parents (id int PRIMARY KEY);
-- children_parent_fk: NOT DEFERRABLE → INITIALLY DEFERRED (implies DEFERRABLE)
-- children_other_fk: DEFERRABLE INITIALLY DEFERRED → DEFERRABLE (INITIALLY IMMEDIATE)
-- children_third_fk: DEFERRABLE → NOT DEFERRABLE
-- children_fourth_fk: deferrability and ON DELETE change: dropped and added again
CREATE TABLE children (
  id int PRIMARY KEY,
  parent_id int CONSTRAINT children_parent_fk REFERENCES parents (id) INITIALLY DEFERRED,
  other_id int CONSTRAINT children_other_fk REFERENCES parents (id) DEFERRABLE INITIALLY IMMEDIATE,
  third_id int CONSTRAINT children_third_fk REFERENCES parents (id) NOT DEFERRABLE,
  fourth_id int CONSTRAINT children_fourth_fk REFERENCES parents (id) ON DELETE SET NULL DEFERRABLE
);
