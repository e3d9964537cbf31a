-- The embedded store's schema, SQLite's form of db/migration (PostgreSQL): the same tables, columns
-- and versions, so that every migration there has its counterpart here (SchemaParityTest checks).
-- SQLite does not enforce VARCHAR lengths, and cannot alter a column: V2's changes are made here.

CREATE TABLE article (
    id                 VARCHAR(32)  PRIMARY KEY NOT NULL,
    source             VARCHAR      NOT NULL,
    url                VARCHAR,
    title              VARCHAR,
    outlet             VARCHAR,
    author             VARCHAR,
    published          VARCHAR(10),
    published_inferred BOOLEAN      NOT NULL,
    language           VARCHAR(16)  NOT NULL,
    text               VARCHAR      NOT NULL,
    content_hash       CHAR(64)     NOT NULL UNIQUE,
    minhash            VARCHAR      NOT NULL,
    ingested_at        TIMESTAMP    NOT NULL
);

CREATE TABLE article_band (
    article_id VARCHAR(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    band       INTEGER     NOT NULL,
    band_hash  BIGINT      NOT NULL,
    PRIMARY KEY (article_id, band)
);
CREATE INDEX article_band_lookup ON article_band (band, band_hash);

CREATE TABLE annotation (
    article_id VARCHAR(32)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    stage      VARCHAR(64)   NOT NULL,
    version    VARCHAR(1000) NOT NULL,
    body       VARCHAR       NOT NULL,
    PRIMARY KEY (article_id)
);

CREATE TABLE entity_mention (
    article_id   VARCHAR(32)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_offset INTEGER       NOT NULL,
    end_offset   INTEGER       NOT NULL,
    type         VARCHAR(16)   NOT NULL,
    text         VARCHAR       NOT NULL,
    normalized   VARCHAR(1000)
);
CREATE INDEX entity_mention_article ON entity_mention (article_id);
CREATE INDEX entity_mention_normalized ON entity_mention (normalized);

CREATE TABLE time_expression (
    article_id   VARCHAR(32)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_offset INTEGER       NOT NULL,
    end_offset   INTEGER       NOT NULL,
    type         VARCHAR(16)   NOT NULL,
    timex_value  VARCHAR(1000),
    text         VARCHAR
);
CREATE INDEX time_expression_article ON time_expression (article_id);
