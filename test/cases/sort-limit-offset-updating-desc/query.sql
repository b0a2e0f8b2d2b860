-- ORDER BY s DESC, k LIMIT 3 OFFSET 1 over a SUM per key: NULL sums last, ties broken by the key.
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, SUM(v) AS s FROM u GROUP BY k ORDER BY s DESC, k LIMIT 3 OFFSET 1;
