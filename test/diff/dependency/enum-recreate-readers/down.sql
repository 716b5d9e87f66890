SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard irreversible: re-creates enum value 'legacy' of level, removed by the up migration: rows that held it are not restored
ALTER TYPE public.level ADD VALUE 'legacy' AFTER 'high';
