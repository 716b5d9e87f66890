CREATE TABLE parcels (id int PRIMARY KEY, weight numeric, width int, height int, carrier text);
CREATE STATISTICS parcels_dims ON width, height FROM parcels;
CREATE STATISTICS parcels_carrier_weight ON carrier, weight FROM parcels;
CREATE STATISTICS parcels_volume ON (width * height), carrier FROM parcels;
CREATE TABLE legacy (a int, b int);
CREATE STATISTICS legacy_ab ON a, b FROM legacy;
