-- ARRAY_AGG per group: every intermediate array is emitted (the seed incident, single source).
CREATE TABLE sales (
  region STRING,
  product STRING,
  qty INT,
  price DECIMAL(10, 2)
) WITH (
  'connector' = 'filesystem',
  'path' = 'sales.csv',
  'format' = 'csv'
);

SELECT region, ARRAY_AGG(product) AS products
FROM sales
GROUP BY region;
