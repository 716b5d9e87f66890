CREATE TYPE status AS ENUM ('draft', 'review', 'published', 'archived');
CREATE TABLE posts (
  id int PRIMARY KEY,
  status status NOT NULL DEFAULT 'review',
  history status[] DEFAULT '{draft}',
  flags status[][]
);
CREATE INDEX posts_status_idx ON posts (status);
