-- A Top-N with a rank range (rn > 1 AND rn <= 2) per group over a SUM (RetractableTopNFunction, with-row-number algorithm, rank column dropped).
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT g, k, s FROM (SELECT g, k, s, ROW_NUMBER() OVER (PARTITION BY g ORDER BY s) AS rn FROM (SELECT g, k, SUM(v) AS s FROM u GROUP BY g, k)) WHERE rn > 1 AND rn <= 2;
