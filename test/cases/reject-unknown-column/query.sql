-- A column that does not exist: rejected at validation.
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

SELECT order_id, discount FROM orders;
