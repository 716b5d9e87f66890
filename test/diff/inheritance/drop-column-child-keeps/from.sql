-- The parent loses "e" while child "kept" declares it (and passes it on to "grandkid"), child "lost" loses it: ALTER TABLE ONLY keeps kept's copy (now its own), lost's copy gets its own DROP after it.
CREATE TABLE base (created timestamp DEFAULT now(), e integer);
CREATE TABLE kept (a1 integer) INHERITS (base);
CREATE TABLE grandkid (g integer) INHERITS (kept);
CREATE TABLE lost (b1 integer) INHERITS (base);
