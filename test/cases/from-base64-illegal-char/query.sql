-- FROM_BASE64 of text with a character outside the base64 alphabet (URL-safe '-'): IllegalArgumentException 'Illegal base64 character 2d' fails the job.
CREATE TABLE codes (
  id INT,
  b64 STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'codes.jsonl',
  'format' = 'json'
);

SELECT id, FROM_BASE64(b64) AS txt FROM codes;
