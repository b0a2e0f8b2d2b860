-- Legacy HOP whose size (50 s) is not a multiple of its slide (20 s): panes of gcd = 10 s, each window merges its panes (the window TVF refuses such a HOP).
CREATE TABLE clicks (
  user_id STRING,
  url STRING,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'clicks.csv',
  'format' = 'csv'
);
SELECT user_id, HOP_START(ts, INTERVAL '20' SECOND, INTERVAL '50' SECOND) AS w_start, HOP_END(ts, INTERVAL '20' SECOND, INTERVAL '50' SECOND) AS w_end, COUNT(*) AS n, LISTAGG(url) AS urls
FROM clicks
GROUP BY user_id, HOP(ts, INTERVAL '20' SECOND, INTERVAL '50' SECOND);
