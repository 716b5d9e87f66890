SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP PUBLICATION "In Schema";

DROP PUBLICATION "Pub ""Q""";
