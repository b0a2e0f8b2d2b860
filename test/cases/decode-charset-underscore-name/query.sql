-- DECODE with 'UTF_8': Java's charset lookup knows UTF_16 and ISO_8859_1 but not UTF_8 (nor US_ASCII): UnsupportedEncodingException fails the job.
CREATE TABLE t (
  id INT,
  h STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.jsonl',
  'format' = 'json'
);

SELECT id, DECODE(UNHEX(h), 'UTF_8') AS s FROM t;
