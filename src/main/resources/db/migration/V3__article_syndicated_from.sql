-- The agency or outlet whose copy an article's publishing outlet carries ("Xinhua" for a People's
-- Daily page that runs a Xinhua story); null when the outlet credits no other source. Portable to
-- H2 2.x and PostgreSQL.
ALTER TABLE article ADD COLUMN syndicated_from VARCHAR;
