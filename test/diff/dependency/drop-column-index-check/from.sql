CREATE TABLE boxes (id int PRIMARY KEY, w int, h int, d int, CONSTRAINT boxes_flat CHECK (d < w + h), CONSTRAINT boxes_square CHECK (w >= h));
CREATE INDEX boxes_volume ON boxes ((w * h * d));
CREATE INDEX boxes_deep ON boxes (w) WHERE d > 10;
CREATE INDEX boxes_wd ON boxes (w, d);
