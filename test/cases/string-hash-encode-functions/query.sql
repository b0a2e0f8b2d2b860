-- SHA1, SHA224, SHA256, SHA384, SHA512, SHA2(s, n), TO_BASE64, FROM_BASE64, ENCODE/DECODE with charsets, UNHEX, STARTSWITH/ENDSWITH, BTRIM, IS_ALPHA/IS_DIGIT/IS_DECIMAL over strings with NULL, empty and non-ASCII values.
CREATE TABLE words (
  id INT,
  s STRING,
  b64 STRING,
  cs STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'words.jsonl',
  'format' = 'json'
);

SELECT id,
  SHA1(s) AS sha1,
  SHA224(s) AS sha224,
  SHA256(s) AS sha256,
  SHA384(s) AS sha384,
  SHA512(s) AS sha512,
  SHA2(s, 256) AS sha2_256,
  SHA2(s, 512) AS sha2_512,
  TO_BASE64(s) AS b64,
  FROM_BASE64(b64) AS unb64,
  FROM_BASE64(TO_BASE64(s)) AS roundtrip,
  ENCODE(s, 'UTF-8') AS utf8,
  ENCODE(s, cs) AS enc,
  DECODE(ENCODE(s, 'UTF-8'), 'ISO-8859-1') AS latin,
  DECODE(ENCODE(s, 'UTF-16'), 'UTF-16') AS u16,
  UNHEX(TO_BASE64(s)) AS unhex,
  UNHEX('e282AC') AS euro,
  STARTSWITH(s, 'he') AS sw,
  ENDSWITH(s, '') AS ew,
  BTRIM(s) AS bt,
  BTRIM(s, ' xo') AS bt2,
  IS_ALPHA(s) AS isalpha,
  IS_DIGIT(b64) AS isdigit,
  IS_DECIMAL(b64) AS isdec
FROM words;
