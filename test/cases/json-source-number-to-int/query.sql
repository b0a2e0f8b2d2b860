-- json format: an INT or BIGINT field takes any JSON number in range, truncated (0.75 -> 0, 1e2 -> 100), and trimmed text; STRING takes a number or boolean as its text (found by test/flink/random.mjs).
CREATE TABLE data_in (
  id INT,
  a INT,
  b BIGINT,
  s STRING,
  t INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'data.jsonl',
  'format' = 'json'
);
SELECT id, a, b, s, t FROM data_in;
