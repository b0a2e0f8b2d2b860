-- GROUPING SETS: one changelog row per set, with NULL for the rolled-up columns, and GROUPING_ID.
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

SELECT region, product, SUM(qty) AS total, GROUPING_ID(region, product) AS gid
FROM sales
GROUP BY GROUPING SETS ((region, product), (region), ());
