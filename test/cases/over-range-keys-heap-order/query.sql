-- OVER RANGE 5 s PRECEDING per key: cleanup timers (ts + 1.5 * 5 s + 1 ms) share the timer heap, which orders the partitions of one timestamp.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '3' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');

SELECT k, v, ts, SUM(v) OVER (PARTITION BY k ORDER BY ts RANGE BETWEEN INTERVAL '5' SECOND PRECEDING AND CURRENT ROW) AS s FROM t;
