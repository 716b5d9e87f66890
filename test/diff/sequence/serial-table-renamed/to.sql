-- pgshift:renamed-from t
CREATE TABLE u (id serial PRIMARY KEY, x int);
