-- SQLite's form of db/migration's V4: analysts' corrections kept as edits (who, when, what); an
-- undo is an edit too, so the history is never rewritten. Formats: org.dyad.model.Edit.
CREATE TABLE analyst_edit (
    id         BIGINT        PRIMARY KEY NOT NULL,
    kind       VARCHAR(32)   NOT NULL,
    target     VARCHAR(1000) NOT NULL,
    edit_value VARCHAR(1000),
    author     VARCHAR(200)  NOT NULL,
    created_at TIMESTAMP     NOT NULL
);
