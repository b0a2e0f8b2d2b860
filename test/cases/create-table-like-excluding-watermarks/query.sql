-- EXCLUDING WATERMARKS: ts is no longer a time attribute, so a window over it is rejected.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE derived LIKE base (EXCLUDING WATERMARKS);
SELECT window_start, k, SUM(v) AS s FROM TABLE(TUMBLE(TABLE derived, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, k;
