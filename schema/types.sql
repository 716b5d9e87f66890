-- Enumerated types shared by the moderation tables.
CREATE TYPE case_type AS ENUM (
  'ban', 'unban', 'hackban', 'tempban', 'kick', 'timeout', 'untimeout', 'warn', 'jail', 'unjail'
);
