CREATE TABLE countries (id int PRIMARY KEY, iso text UNIQUE);
CREATE TABLE cities (id int PRIMARY KEY, country_iso text REFERENCES countries (iso), country_id int REFERENCES countries (id));
