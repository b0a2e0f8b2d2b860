-- A Top-2 per group over a SUM without the rank column (RetractableTopNFunction's without-row-number algorithm: -D of the row pushed out, +I of the one that comes in).
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT g, k, s FROM (SELECT g, k, s, ROW_NUMBER() OVER (PARTITION BY g ORDER BY s DESC) AS rn FROM (SELECT g, k, SUM(v) AS s FROM u GROUP BY g, k)) WHERE rn <= 2;
