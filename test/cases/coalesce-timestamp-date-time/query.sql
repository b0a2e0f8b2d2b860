-- COALESCE and IFNULL over a TIMESTAMP and a DATE are DATE in Flink 2.3.0 (its type merging casts the TIMESTAMP to DATE, the other way has no implicit cast), over a TIMESTAMP and a TIME TIME(0): the values are the casts' (GREATEST/LEAST are typed so too, and fail in code generation).
CREATE TABLE t (
  id INT,
  ts TIMESTAMP(3),
  d DATE,
  tm TIME
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  COALESCE(ts, d) AS c_ts_d,
  COALESCE(d, ts) AS c_d_ts,
  COALESCE(ts, tm) AS c_ts_tm,
  COALESCE(tm, ts) AS c_tm_ts,
  COALESCE(ts, DATE '2000-02-02') AS c_ts_ld,
  COALESCE(TIMESTAMP '2020-05-05 05:05:05', d) AS c_lts_d,
  IFNULL(ts, d) AS i_ts_d,
  IFNULL(d, ts) AS i_d_ts,
  IFNULL(ts, tm) AS i_ts_tm,
  TYPEOF(COALESCE(ts, d)) AS t_c_ts_d,
  TYPEOF(COALESCE(ts, DATE '2000-02-02')) AS t_c_ts_ld,
  TYPEOF(IFNULL(ts, tm)) AS t_i_ts_tm,
  CAST(COALESCE(ts, d) AS STRING) AS s_c_ts_d
FROM t;
