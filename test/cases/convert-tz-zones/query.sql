-- CONVERT_TZ over 139 times and 44 zone ids (IANA, GMT+hh:mm, Java's legacy three-letter ids: EST/MST/HST are fixed offsets, PST/CST/IST/JST/ECT named zones; aliases US/Pacific, PRC, Japan; DST gaps and overlaps; years 1890-2100).
CREATE TABLE times (
  id INT,
  ts STRING,
  a STRING,
  b STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'times.jsonl',
  'format' = 'json'
);

SELECT id, ts, a, b, CONVERT_TZ(ts, a, b) AS converted FROM times;
