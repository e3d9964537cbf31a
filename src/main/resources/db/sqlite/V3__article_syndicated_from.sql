-- SQLite's form of db/migration's V3: the agency or outlet whose copy an article's publishing outlet
-- carries; null when the outlet credits no other source.
ALTER TABLE article ADD COLUMN syndicated_from VARCHAR;
