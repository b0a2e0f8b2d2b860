-- ARRAY_APPEND/PREPEND cast the element into the array's element type (12.25 into DECIMAL(2, 1) is NULL, 2.25 rounds to 2.3, 'bcd' into CHAR(1) is 'b', VARCHAR(5) into VARCHAR(3) is cut, a FLOAT widens into DOUBLE with its float digits); CONCAT/UNION take the common element type (INT and DECIMAL(2, 1) meet in DECIMAL(11, 1), CHAR(1) and CHAR(3) in VARCHAR(3)).
CREATE TABLE t (
  id INT,
  s STRING,
  d DOUBLE,
  i INT,
  b BIGINT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  ARRAY_APPEND(ARRAY[1.5], 12.25) AS dec_overflow,
  ARRAY_PREPEND(ARRAY[1.5], 2.25) AS dec_round,
  ARRAY_APPEND(ARRAY[1.5], i) AS int_into_dec,
  ARRAY_APPEND(ARRAY['a'], 'bcd') AS char_cut,
  ARRAY_APPEND(ARRAY[CAST('a' AS VARCHAR(3))], CAST('bcdef' AS VARCHAR(5))) AS varchar_cut,
  ARRAY_APPEND(ARRAY[CAST(b AS BIGINT)], i) AS int_into_bigint,
  ARRAY_APPEND(ARRAY[CAST(0.5 AS DOUBLE)], CAST(d AS FLOAT)) AS float_into_double,
  ARRAY_APPEND(SPLIT(s, ';'), CAST('x' AS CHAR(3))) AS char_into_string,
  ARRAY_POSITION(ARRAY[1.5, 2.0], 2) AS pos_int_in_dec,
  ARRAY_REMOVE(ARRAY[1.5, 2.0], 2) AS rem_int_in_dec,
  ARRAY_CONCAT(ARRAY[1], ARRAY[1.5]) AS cat_dec,
  ARRAY_CONCAT(ARRAY['a'], ARRAY['bcd']) AS cat_char,
  ARRAY_UNION(ARRAY['a', 'a '], ARRAY['bcd']) AS uni_char,
  TYPEOF(ARRAY_UNION(ARRAY['a', 'a '], ARRAY['bcd'])) AS uni_type,
  ARRAY_JOIN(ARRAY[CAST('a' AS CHAR(3)), 'b'], ',') AS join_char,
  ARRAY_APPEND(ARRAY[DATE '2020-01-01'], TIMESTAMP '2020-02-03 10:00:00') AS ts_into_date
FROM t;
