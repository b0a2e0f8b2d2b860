-- FIRST_VALUE and LAST_VALUE per group (arrival order).
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

SELECT region, FIRST_VALUE(product) AS first_p, LAST_VALUE(product) AS last_p
FROM sales
GROUP BY region;
