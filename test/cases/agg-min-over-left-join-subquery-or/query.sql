-- MIN in a GROUP BY whose WHERE ORs a comparison with an uncorrelated subquery (random seed 723, template 70): a LEFT JOIN ON TRUE with the subquery's MAX, filtered above; the join keeps orders' v CONSTANT, so MIN needs no retraction and ignores the join's -D/+I of each row (a group with one row is deleted and inserted again).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE dims (
  k STRING,
  w INT
) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');

SELECT k, MIN(v) AS a FROM orders WHERE (SELECT MAX(w) FROM dims) >= 1 AND v IS NULL OR v % 2 = 0 GROUP BY k;
