-- HEX of a number (Long.toHexString, two's complement) and of a string (UTF-8 bytes), BIN, OVERLAY (found by test/flink/random.mjs).
CREATE TABLE t (
  id INT,
  k STRING,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT id, HEX(id * 30) AS h, HEX(v - 1) AS hn, HEX(k) AS hs, BIN(id + 4) AS b, OVERLAY('abcde' PLACING k FROM 2 FOR 1) AS o, OVERLAY('abcde' PLACING 'XY' FROM id) AS o2 FROM t;
