-- HAVING filters the aggregate: a group appears (+I) once it qualifies, then updates.
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

SELECT region, SUM(qty) AS total
FROM sales
GROUP BY region
HAVING SUM(qty) > 4;
