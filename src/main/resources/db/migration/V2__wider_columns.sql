-- Time expressions may come without surface text from other taggers; normalised values, entity
-- keys and stage versions may be longer than 64 characters. Portable to H2 2.x and PostgreSQL.
ALTER TABLE time_expression ALTER COLUMN text DROP NOT NULL;
ALTER TABLE time_expression ALTER COLUMN timex_value SET DATA TYPE VARCHAR(1000);
ALTER TABLE entity_mention ALTER COLUMN normalized SET DATA TYPE VARCHAR(1000);
ALTER TABLE annotation ALTER COLUMN version SET DATA TYPE VARCHAR(1000);
