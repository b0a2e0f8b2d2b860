-- Top-2 per group by COUNT(*) DESC over GROUP BY g, k without the rank column (UpdateFastStrategy, the upsert key g, k holds the partition key): +I, -D of the row pushed out, -U/+U of kept rows.
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT g, k, c FROM (SELECT g, k, c, ROW_NUMBER() OVER (PARTITION BY g ORDER BY c DESC) AS rn FROM (SELECT g, k, COUNT(*) AS c FROM u GROUP BY g, k)) WHERE rn <= 2;
