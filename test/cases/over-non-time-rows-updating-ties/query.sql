-- ROW_NUMBER() OVER (PARTITION BY g ORDER BY c) over an updating GROUP BY with tied counts: a retraction renumbers its later peers and the keys after them.
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT g, k, c, ROW_NUMBER() OVER (PARTITION BY g ORDER BY c) AS rn FROM (SELECT g, k, COUNT(*) AS c FROM u GROUP BY g, k);
