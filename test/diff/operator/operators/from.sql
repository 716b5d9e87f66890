CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT textregexeq($2, $1) $$;
