-- Bytes that are not UTF-8 (FROM_BASE64, DECODE, URL_DECODE: one U+FFFD per malformed sequence, an encoded surrogate ED A0 80 is one), DECODE/ENCODE with UTF-16 (BOM), UTF-32, windows-1252 (no character at 81 or 9D), ISO-8859-15.
CREATE TABLE t (
  id INT,
  b64 STRING,
  hex STRING,
  cs STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.jsonl',
  'format' = 'json'
);

SELECT id,
  FROM_BASE64(b64) AS from_b64,
  DECODE(UNHEX(hex), 'UTF-8') AS utf8,
  DECODE(UNHEX(hex), cs) AS by_cs,
  DECODE(UNHEX(hex), 'windows-1252') AS cp1252,
  DECODE(UNHEX(hex), 'ISO-8859-15') AS latin9,
  ENCODE(CONCAT('a', FROM_BASE64('4oKs')), cs) AS enc,
  ENCODE(CONCAT('a', FROM_BASE64('4oKs')), 'UTF-32LE') AS u32le,
  URL_DECODE(CONCAT('x%', hex)) AS url
FROM t;
