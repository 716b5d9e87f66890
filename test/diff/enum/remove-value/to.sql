CREATE TYPE status AS ENUM ('draft', 'published', 'archived');
CREATE TABLE posts (
  id int PRIMARY KEY,
  status status NOT NULL DEFAULT 'draft',
  history status[] DEFAULT '{draft}',
  flags status[][]
);
CREATE INDEX posts_status_idx ON posts (status);
