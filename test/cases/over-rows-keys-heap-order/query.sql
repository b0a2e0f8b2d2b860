-- OVER ROWS 1 PRECEDING per key: late only behind the partition's last processed time (f and e are kept); partitions of one timestamp fire in Flink's timer-heap order.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '3' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');

SELECT k, v, ts, SUM(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM t;
