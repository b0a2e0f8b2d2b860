-- LIMIT 3 OFFSET 2 over a GROUP BY of two keys: a wider rank range, updates shifting rows in and out by position.
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT g, k, COUNT(v) AS c, MIN(v) AS lo FROM u GROUP BY g, k LIMIT 3 OFFSET 2;
