-- AVG keeps the argument type: AVG(INT) truncates to INT, AVG(DECIMAL) widens the scale, AVG(DOUBLE) is exact.
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

SELECT region, AVG(qty) AS avg_int, AVG(price) AS avg_dec, AVG(CAST(qty AS DOUBLE)) AS avg_dbl
FROM sales
GROUP BY region;
