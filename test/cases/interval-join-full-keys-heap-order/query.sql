-- FULL interval join: matches at once; each side's unmatched rows padded by its key's cleanup timers (time + reach + 1 ms) or when a later row of the key expires them, as TimeIntervalJoin does.
CREATE TABLE orders (id INT, k STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '2' SECOND) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE ships (sid INT, k STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '2' SECOND) WITH ('connector' = 'filesystem', 'path' = 'ships.csv', 'format' = 'csv');
SELECT o.id, s.sid, COALESCE(o.k, s.k) AS k FROM orders AS o FULL JOIN ships AS s ON o.k = s.k AND s.ts BETWEEN o.ts - INTERVAL '10' SECOND AND o.ts + INTERVAL '20' SECOND;
