-- LIMIT 1 OFFSET 1 over a SUM per key with negative values and NULLs: the second row in arrival order, as RetractableTopNFunction keeps its state.
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, SUM(v) AS s FROM u GROUP BY k LIMIT 1 OFFSET 1;
