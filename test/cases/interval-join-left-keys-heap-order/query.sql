-- LEFT interval join, six orders of one time: unmatched orders are padded when their key's cleanup timer fires, keys in Flink's timer-heap order.
CREATE TABLE orders (id INT, k STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE ships (sid INT, k STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = 'ships.csv', 'format' = 'csv');
SELECT o.id, o.k, s.sid FROM orders AS o LEFT JOIN ships AS s ON o.k = s.k AND s.ts BETWEEN o.ts AND o.ts + INTERVAL '30' SECOND;
