-- LIMIT over a GROUP BY: the first row(s) in arrival order; when a kept row is retracted the next one in state takes its place.
CREATE TABLE base (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, SUM(v) AS s FROM base GROUP BY k LIMIT 1;
