-- SUM(c) OVER (ORDER BY k) over an updating GROUP BY: each count change is a -D and a +U of the key's row, later keys' running sums updated.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, c, SUM(c) OVER (ORDER BY k) AS s FROM (SELECT k, COUNT(*) c FROM t GROUP BY k);
