-- Regular join, eight orders of one user stored before the user arrives: the user meets them in the order of Flink's join state (a java.util.HashMap keyed by the record [order_id, user_id] as a BinaryRowData, amount pruned below the join), not in arrival order.
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
