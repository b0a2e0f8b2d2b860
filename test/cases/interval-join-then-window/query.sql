-- A TUMBLE window over an interval join's output (a view): the join holds its output watermark back by the larger reach (20 s), so order 2 (10:00:25), matched only by a ship at 10:00:44, still counts in [10:00, 10:00:30).
CREATE TABLE orders (id INT, k STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '2' SECOND) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE ships (sid INT, k STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '2' SECOND) WITH ('connector' = 'filesystem', 'path' = 'ships.csv', 'format' = 'csv');
CREATE TEMPORARY VIEW j AS SELECT o.id, o.k, o.ts FROM orders AS o JOIN ships AS s ON o.k = s.k AND s.ts BETWEEN o.ts - INTERVAL '10' SECOND AND o.ts + INTERVAL '20' SECOND;
SELECT window_start, k, COUNT(*) AS n FROM TABLE(TUMBLE(TABLE j, DESCRIPTOR(ts), INTERVAL '30' SECOND)) GROUP BY window_start, window_end, k;
