-- ORDER BY SUM(v) LIMIT 2 OFFSET 1 over a GROUP BY (a SortLimit with RetractStrategy: SUM is not monotonic): ties, NULL sums first, negative values.
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, SUM(v) AS s FROM u GROUP BY k ORDER BY s LIMIT 2 OFFSET 1;
