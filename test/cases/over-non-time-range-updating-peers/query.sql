-- SUM(c) OVER (PARTITION BY g ORDER BY c) over an updating GROUP BY: a retracted count leaves its peers (-U/+U of their shared sum), the new count joins others.
CREATE TABLE u (g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'u.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT g, k, c, SUM(c) OVER (PARTITION BY g ORDER BY c) AS s FROM (SELECT g, k, COUNT(v) AS c FROM u GROUP BY g, k);
