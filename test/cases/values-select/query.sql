-- VALUES as a table: insert-only rows with inferred types (CHAR padding of literals).
SELECT x, y, x * 10 AS x10
FROM (VALUES (1, 'a'), (2, 'bb'), (3, 'ccc')) AS t(x, y);
