-- A join with only a non-equi condition (no key): still a regular streaming join, all rows on one key.
CREATE TABLE bands (
  band STRING,
  lo INT,
  hi INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bands.csv',
  'format' = 'csv'
);

CREATE TABLE orders (
  order_id INT,
  user_id INT,
  amount INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

SELECT o.order_id, b.band
FROM orders AS o
JOIN bands AS b ON o.amount >= b.lo AND o.amount < b.hi;
