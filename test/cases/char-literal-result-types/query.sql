-- Result types over CHAR literals in Flink 2.3.0 ('ab' is CHAR(2)): CASE, IF, COALESCE, GREATEST, LEAST, NULLIF, IFNULL keep CHAR(n) when every CHAR has one length, else VARCHAR; UPPER keeps CHAR(n); TRIM, SUBSTRING, LEFT are VARCHAR(n); 'a' || 'b' is CHAR(2); ARRAY['a'] ARRAY<CHAR(1)>; values unpadded.
CREATE TABLE t (
  id INT,
  b BOOLEAN,
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT id,
  CASE WHEN b THEN 'a' ELSE 'bc' END || '|' AS case_ragged,
  IF(b, 'ab', 'cd') || '|' AS if_same,
  CAST(GREATEST('a', 'bc') AS CHAR(4)) || '|' AS greatest_cast,
  CHAR_LENGTH(COALESCE(s, 'abc')) AS coalesce_len,
  UPPER('ab') || LOWER(s) AS upper_lower,
  TYPEOF('ab') AS t_lit,
  TYPEOF(CASE WHEN b THEN 'a' ELSE 'b' END) AS t_case_same,
  TYPEOF(CASE WHEN b THEN 'a' ELSE 'bc' END) AS t_case_ragged,
  TYPEOF(CASE id WHEN 1 THEN 'a' WHEN 2 THEN 'b' END) AS t_case_simple,
  TYPEOF(IF(b, 'ab', 'cd')) AS t_if,
  TYPEOF(IF(id > 1, 'a', 'bc')) AS t_if_ragged,
  TYPEOF(IF(b, 1, 2)) AS t_if_int,
  TYPEOF(COALESCE('a', 'bc')) AS t_coalesce,
  TYPEOF(COALESCE(s, 'a')) AS t_coalesce_col,
  TYPEOF(GREATEST('a', 'bc')) AS t_greatest,
  TYPEOF(LEAST('a', 'b')) AS t_least,
  TYPEOF(NULLIF('ab', s)) AS t_nullif,
  TYPEOF(IFNULL('ab', 'c')) AS t_ifnull,
  TYPEOF(IFNULL(s, 'ab')) AS t_ifnull_col,
  TYPEOF(UPPER('ab')) AS t_upper,
  TYPEOF(INITCAP('ab')) AS t_initcap,
  TYPEOF(TRIM('ab')) AS t_trim,
  TYPEOF(LTRIM(' ab')) AS t_ltrim,
  TYPEOF(SUBSTRING('abc', 1, 2)) AS t_substring,
  TYPEOF(LEFT('abc', 2)) AS t_left,
  TYPEOF(REVERSE('ab')) AS t_reverse,
  TYPEOF('a' || 'b') AS t_concat_op,
  TYPEOF(s || 'ab') AS t_concat_col,
  TYPEOF(CONCAT_WS(',', s)) AS t_concat_ws,
  TYPEOF(ARRAY['a']) AS t_array,
  TYPEOF(ARRAY['a', 'bc']) AS t_array_ragged,
  TYPEOF(MAP['a', 1]) AS t_map,
  TYPEOF(ROW('a', 'bc')) AS t_row,
  TYPEOF(0.5) AS t_dec,
  TYPEOF(00.5) AS t_dec0
FROM t;
