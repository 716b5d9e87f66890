-- d is dropped: PostgreSQL drops the indexes and CHECKs using it with it, so they are dropped (or changed) first
CREATE TABLE boxes (id int PRIMARY KEY, w int, h int, CONSTRAINT boxes_square CHECK (w >= h), CONSTRAINT boxes_flat CHECK (w + h < 100));
CREATE INDEX boxes_volume ON boxes ((w * h));
CREATE INDEX boxes_wd ON boxes (w);
