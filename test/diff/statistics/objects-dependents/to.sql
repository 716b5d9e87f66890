-- height dropped: the statistics using it go with it; weight's type changes (the object stays)
CREATE TABLE parcels (id int PRIMARY KEY, weight bigint, width int, carrier text);
CREATE STATISTICS parcels_carrier_weight ON carrier, weight FROM parcels;
CREATE STATISTICS parcels_width_carrier ON width, carrier FROM parcels;
-- legacy dropped with its statistics
