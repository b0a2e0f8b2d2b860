-- LISTAGG with the default ',' separator and a custom one.
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

SELECT region, LISTAGG(product) AS products, LISTAGG(product, ' | ') AS piped
FROM sales
GROUP BY region;
