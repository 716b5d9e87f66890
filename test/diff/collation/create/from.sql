CREATE TABLE words (w text);
