-- LEFT JOIN with two identical left rows: when the right row arrives, each copy's null-padded row
-- is retracted (two -D) and joined (two +I), so the aggregate above counts 2 for a, not 3.
CREATE TABLE orders (
  k STRING,
  v INT
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

CREATE TABLE dims (
  k STRING,
  w INT
) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');

SELECT o.k, COUNT(*) AS n, SUM(d.w) AS s FROM orders AS o LEFT JOIN dims AS d ON o.k = d.k GROUP BY o.k;
