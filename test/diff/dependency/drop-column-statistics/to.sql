-- zip is dropped: the statistics objects on it are dropped (or changed) first
CREATE TABLE addresses (id int PRIMARY KEY, city text, street text);
CREATE STATISTICS addresses_geo (ndistinct) ON city, street FROM addresses;
