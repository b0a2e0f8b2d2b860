-- LIKE inherits the watermark: a window over the derived table's ts works.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE derived (note STRING) LIKE base;
SELECT window_start, k, SUM(v) AS s, SUM(c) AS sc FROM TABLE(TUMBLE(TABLE derived, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, k;
