-- A Top-N with a rank range and its rank column per group over a SUM: rows change by position with their rank.
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT * FROM (SELECT g, k, s, ROW_NUMBER() OVER (PARTITION BY g ORDER BY s DESC) AS rn FROM (SELECT g, k, SUM(v) AS s FROM u GROUP BY g, k)) WHERE rn >= 2 AND rn <= 3;
