CREATE TABLE bookings (
  id int PRIMARY KEY,
  room int NOT NULL,
  during tsrange NOT NULL,
  cancelled boolean NOT NULL DEFAULT false,
  CONSTRAINT bookings_during_excl EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled),
  CONSTRAINT no_overlap_deferred EXCLUDE USING gist (during WITH &&, int4range(room, room, '[]') WITH =) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE slots (s int4range, EXCLUDE USING gist (s WITH &&));
