-- Mini-batch on a regular join (MiniBatchStreamingJoinOperator): the orders wait in a bundle whose HashMaps were filled with computeIfAbsent (a new key goes first in its bucket), so they enter the join state in another order than they arrived, and the user meets them as 2, 6, 4, 1, 8, 3, 5, 7 (without mini-batch 2, 6, 1, 4, 3, 8, 5, 7: join-keys-hash-order).
SET 'table.exec.mini-batch.enabled' = 'true'; SET 'table.exec.mini-batch.allow-latency' = '1 min'; SET 'table.exec.mini-batch.size' = '1000';
CREATE TABLE orders (
  order_id INT,
  user_id INT,
  amount INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

CREATE TABLE users (
  user_id INT,
  name STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'users.csv',
  'format' = 'csv'
);

SELECT o.order_id, u.name
FROM orders AS o
JOIN users AS u ON o.user_id = u.user_id;
