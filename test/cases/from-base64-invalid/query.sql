-- FROM_BASE64 of text java.util.Base64's decoder refuses ('abcde' leaves one character, 6 bits, after a whole unit): IllegalArgumentException 'Last unit does not have enough valid bits' fails the job (no NULL).
CREATE TABLE codes (
  id INT,
  b64 STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'codes.jsonl',
  'format' = 'json'
);

SELECT id, FROM_BASE64(b64) AS txt FROM codes;
