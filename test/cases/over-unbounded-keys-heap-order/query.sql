-- OVER ROWS UNBOUNDED PRECEDING per key: a row at or behind the watermark is late (f, and e at 10:00:12), whatever its partition fired; partitions of one timestamp fire in Flink's timer-heap order.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '3' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');

SELECT k, v, ts, SUM(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS s FROM t;
