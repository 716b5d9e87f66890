SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP PUBLICATION catalogue;

DROP PUBLICATION empty_pub;

DROP PUBLICATION sales_pub;
