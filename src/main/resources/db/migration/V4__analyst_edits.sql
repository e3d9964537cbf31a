-- Analysts' corrections, kept as edits (who, when, what) and applied after every analysis, so they
-- hold over re-analysis and new articles; an undo is an edit too (kind UNDO, target the undone
-- edit's id), so the history is never rewritten. Target and value formats: org.dyad.model.Edit.
CREATE TABLE analyst_edit (
    id         BIGINT        PRIMARY KEY NOT NULL,
    kind       VARCHAR(32)   NOT NULL,
    target     VARCHAR(1000) NOT NULL,
    edit_value VARCHAR(1000),
    author     VARCHAR(200)  NOT NULL,
    created_at TIMESTAMP     NOT NULL
);
