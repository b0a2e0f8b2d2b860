-- ROUND and TRUNCATE with the digits from a column: DOUBLE and DECIMAL values, negative digits, NULLs.
CREATE TABLE r (x DOUBLE, d INT) WITH ('connector' = 'filesystem', 'path' = 'r.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT x, d, ROUND(x, d) AS rd, TRUNCATE(x, d) AS td, ROUND(CAST(x AS DECIMAL(8, 4)), d) AS rdec, TRUNCATE(CAST(x AS DECIMAL(8, 4)), d) AS tdec, ROUND(CAST(x * 100 AS INT), d) AS ri FROM r;
