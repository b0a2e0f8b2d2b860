-- Result types of ROUND/TRUNCATE on DECIMAL (LogicalTypeMerging.findRoundDecimalType), MD5, UUID, RAND, TYPEOF, BYTES, as TYPEOF prints them.
CREATE TABLE t (
  name STRING,
  qty INT,
  price DECIMAL(10, 2)
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT TYPEOF(ROUND(price)) AS r0, TYPEOF(ROUND(price, 1)) AS r1, TYPEOF(ROUND(price, 3)) AS r3, TYPEOF(ROUND(price, -1)) AS rm1,
  TYPEOF(ROUND(price, qty)) AS rq, TYPEOF(TRUNCATE(price)) AS t0, TYPEOF(TRUNCATE(price, 1)) AS t1, ROUND(price, -1) AS vm1, ROUND(price, 1) AS v1,
  TYPEOF(MD5(name)) AS md, TYPEOF(UUID()) AS u, TYPEOF(RAND(qty)) AS rs, TYPEOF(RAND()) AS rn, TYPEOF(TYPEOF(name)) AS tt,
  TYPEOF(CAST(name AS BYTES)) AS b
FROM t;
