-- Projection with arithmetic and a filter: stateless, insert-only.
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

SELECT order_id, product, amount * 2 AS doubled, amount * price AS total
FROM orders
WHERE amount >= 3 AND product <> 'pear';
