-- PostgreSQL attaches a partition's index to a parent index it finds equal ignoring ASC / DESC and
-- NULLS order, taking the partition's first such index in creation order (GitLab's ci_runners has
-- both (token_expires_at, id DESC) and (token_expires_at DESC, id DESC)). Created in the order of
-- the parent indexes they belong to, each partition index is attached to its own parent index, for
-- a new tree and for a new partition of an existing one.
CREATE TABLE runs (kind int, at timestamptz, id bigint) PARTITION BY LIST (kind);
CREATE INDEX runs_at_and_id_desc ON runs (at, id DESC);
CREATE INDEX runs_at_desc_and_id_desc ON runs (at DESC, id DESC NULLS LAST);
CREATE TABLE runs_a PARTITION OF runs FOR VALUES IN (1);
