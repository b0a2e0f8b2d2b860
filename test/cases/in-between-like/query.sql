-- Predicates: IN list, BETWEEN, NOT LIKE, OR; filters are stateless.
CREATE TABLE orders (
  order_id INT,
  user_id STRING,
  product STRING,
  amount INT,
  price DECIMAL(10, 2),
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

SELECT order_id, user_id, product
FROM orders
WHERE (product IN ('apple', 'plum') OR amount BETWEEN 1 AND 3) AND user_id NOT LIKE '%3';
