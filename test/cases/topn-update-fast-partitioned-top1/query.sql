-- Top-1 per group by MAX(v) DESC over GROUP BY g, k (FastTop1Function over UpdateFastStrategy): a better row replaces the kept one, an equal or worse one is not sent.
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT * FROM (SELECT g, k, m, ROW_NUMBER() OVER (PARTITION BY g ORDER BY m DESC) AS rn FROM (SELECT g, k, MAX(v) AS m FROM u GROUP BY g, k)) WHERE rn = 1;
