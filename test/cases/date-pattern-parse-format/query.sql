-- DATE_FORMAT with text and 12-hour patterns, and TO_TIMESTAMP / UNIX_TIMESTAMP with a pattern argument parse by that pattern (found by test/flink/random.mjs).
CREATE TABLE times (
  id INT,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'times.csv',
  'format' = 'csv'
);
SELECT id,
  DATE_FORMAT(ts, 'EEE MMM d yy') AS f1,
  DATE_FORMAT(ts, 'h:mm a') AS f2,
  DATE_FORMAT(ts, 'yyyyMMddHHmmssSSS') AS f3,
  DATE_FORMAT(ts, 'yyyy-MM-dd''T''HH:mm') AS f4,
  UNIX_TIMESTAMP(DATE_FORMAT(ts, 'yyyy/MM/dd HH:mm:ss'), 'yyyy/MM/dd HH:mm:ss') AS u,
  TO_TIMESTAMP(DATE_FORMAT(ts, 'yyyyMMddHHmmss'), 'yyyyMMddHHmmss') AS t1,
  TO_TIMESTAMP(DATE_FORMAT(ts, 'dd.MM.yyyy HH:mm'), 'dd.MM.yyyy HH:mm') AS t2
FROM times;
