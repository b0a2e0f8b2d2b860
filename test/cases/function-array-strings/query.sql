-- ARRAY_* functions over SPLIT string arrays (NULL array, empty elements, unicode ordered by UTF-8 bytes): DISTINCT, APPEND, PREPEND, REVERSE, POSITION, REMOVE, JOIN with and without the NULL replacement, MAX, MIN, SORT, SLICE.
CREATE TABLE t (
  id INT,
  s STRING,
  n INT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  ARRAY_DISTINCT(SPLIT(s, ';')) AS dis,
  ARRAY_APPEND(SPLIT(s, ';'), 'z') AS app,
  ARRAY_PREPEND(SPLIT(s, ';'), s) AS pre,
  ARRAY_REVERSE(SPLIT(s, ';')) AS rev,
  ARRAY_POSITION(SPLIT(s, ';'), 'a') AS pos_a,
  ARRAY_POSITION(SPLIT(s, ';'), '') AS pos_empty,
  ARRAY_REMOVE(SPLIT(s, ';'), 'x') AS rem,
  ARRAY_JOIN(SPLIT(s, ';'), '|') AS j,
  ARRAY_JOIN(ARRAY_APPEND(SPLIT(s, ';'), CAST(NULL AS STRING)), '|') AS j_null,
  ARRAY_JOIN(ARRAY_PREPEND(SPLIT(s, ';'), CAST(NULL AS STRING)), '|', '?') AS j_rep,
  ARRAY_MAX(SPLIT(s, ';')) AS mx,
  ARRAY_MIN(SPLIT(s, ';')) AS mn,
  ARRAY_SORT(SPLIT(s, ';')) AS srt,
  ARRAY_SORT(SPLIT(s, ';'), FALSE) AS srt_desc,
  ARRAY_SLICE(SPLIT(s, ';'), 2) AS sl,
  ARRAY_SLICE(SPLIT(s, ';'), n, -1) AS sl_n,
  TYPEOF(ARRAY_APPEND(SPLIT(s, ';'), 'z')) AS t_app,
  TYPEOF(ARRAY_JOIN(SPLIT(s, ';'), '|')) AS t_join
FROM t;
