-- countries.iso (referenced by a foreign key) and cities.country_id (holding one) are dropped: the foreign keys go first
CREATE TABLE countries (id int PRIMARY KEY);
CREATE TABLE cities (id int PRIMARY KEY, country_iso text);
