SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on search.t
-- hazard deletes-data: drops table search.t and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE search.t;

DROP TEXT SEARCH CONFIGURATION search."Base";

DROP TEXT SEARCH CONFIGURATION search.derived;

DROP TEXT SEARCH DICTIONARY search."Stop Words";
