SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard irreversible: re-creates enum value 'mid' of level, removed by the up migration: rows that held it are not restored
ALTER TYPE public.level ADD VALUE 'mid' BEFORE 'high';
