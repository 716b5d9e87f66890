-- PostgreSQL attaches a partition's index to a parent index it finds equal ignoring ASC / DESC and
-- NULLS order, taking the partition's first such index in creation order (GitLab's ci_runners has
-- both (token_expires_at, id DESC) and (token_expires_at DESC, id DESC)). Created in the order of
-- the parent indexes they belong to, each partition index is attached to its own parent index, for
-- a new tree and for a new partition of an existing one.
CREATE TABLE runs (kind int, at timestamptz, id bigint) PARTITION BY LIST (kind);
CREATE TABLE runs_a (kind int, at timestamptz, id bigint);
CREATE TABLE runs_b (kind int, at timestamptz, id bigint);
CREATE TABLE logs (kind int, at timestamptz, id bigint) PARTITION BY LIST (kind);
CREATE TABLE logs_a (kind int, at timestamptz, id bigint);
ALTER TABLE ONLY runs ATTACH PARTITION runs_a FOR VALUES IN (1);
ALTER TABLE ONLY runs ATTACH PARTITION runs_b FOR VALUES IN (2);
ALTER TABLE ONLY logs ATTACH PARTITION logs_a FOR VALUES IN (1);
-- pg_dump's order: the parents' indexes ON ONLY, the partitions' (named so that name order is the wrong one), the attachments
CREATE INDEX runs_at_and_id_desc ON ONLY runs (at, id DESC);
CREATE INDEX runs_at_desc_and_id_desc ON ONLY runs (at DESC, id DESC NULLS LAST);
CREATE INDEX a_desc_desc ON runs_a (at DESC, id DESC NULLS LAST);
CREATE INDEX b_asc_desc ON runs_a (at, id DESC);
CREATE INDEX b_desc_desc ON runs_b (at DESC, id DESC NULLS LAST);
CREATE INDEX c_asc_desc ON runs_b (at, id DESC);
ALTER INDEX runs_at_and_id_desc ATTACH PARTITION b_asc_desc;
ALTER INDEX runs_at_desc_and_id_desc ATTACH PARTITION a_desc_desc;
ALTER INDEX runs_at_and_id_desc ATTACH PARTITION c_asc_desc;
ALTER INDEX runs_at_desc_and_id_desc ATTACH PARTITION b_desc_desc;
CREATE INDEX logs_at_and_id_desc ON ONLY logs (at, id DESC);
CREATE INDEX logs_at_desc_and_id_desc ON ONLY logs (at DESC, id DESC NULLS LAST);
CREATE INDEX a_desc_desc_l ON logs_a (at DESC, id DESC NULLS LAST);
CREATE INDEX b_asc_desc_l ON logs_a (at, id DESC);
ALTER INDEX logs_at_and_id_desc ATTACH PARTITION b_asc_desc_l;
ALTER INDEX logs_at_desc_and_id_desc ATTACH PARTITION a_desc_desc_l;
