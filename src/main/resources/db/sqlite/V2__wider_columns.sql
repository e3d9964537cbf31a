-- db/migration's V2 widened columns and let time_expression.text be null; V1 here already does both
-- (SQLite cannot alter a column). Kept so that both folders hold the same versions.
SELECT 1;
