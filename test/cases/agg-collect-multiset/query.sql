-- COLLECT returns a MULTISET, rendered as a Java map of element to count.
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

SELECT region, COLLECT(product) AS bag
FROM sales
GROUP BY region;
