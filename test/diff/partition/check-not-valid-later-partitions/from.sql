-- A CHECK added NOT VALID to a parent is NOT VALID in the partitions that existed then and valid in those created after it (and their partitions); a changed CHECK re-added NOT VALID is validated again on the partitions where the target has it valid.
CREATE TABLE m (id integer NOT NULL, qty integer, price numeric) PARTITION BY RANGE (id);
CREATE TABLE m_old PARTITION OF m FOR VALUES FROM (0) TO (10);
ALTER TABLE m ADD CONSTRAINT m_price_check CHECK (price >= 0) NOT VALID;
CREATE TABLE m_new PARTITION OF m FOR VALUES FROM (10) TO (20) PARTITION BY RANGE (id);
CREATE TABLE m_new_a PARTITION OF m_new FOR VALUES FROM (10) TO (15);
