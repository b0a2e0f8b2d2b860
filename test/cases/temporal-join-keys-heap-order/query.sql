-- Event-time temporal join, LEFT, six keys: a key's one timer moves to its earliest row (delete + register), and keys fire in Flink's timer-heap order; a key's rows in arrival order.
CREATE TABLE orders (id INT, k STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE rates (k STRING, r INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'filesystem', 'path' = 'rates.csv', 'format' = 'csv');
SELECT o.id, o.k, r.r FROM orders AS o LEFT JOIN rates FOR SYSTEM_TIME AS OF o.ts AS r ON o.k = r.k;
