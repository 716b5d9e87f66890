CREATE TABLE addresses (id int PRIMARY KEY, city text, zip text, street text);
CREATE STATISTICS addresses_city_zip (dependencies) ON city, zip FROM addresses;
CREATE STATISTICS addresses_geo (ndistinct) ON city, zip, street FROM addresses;
