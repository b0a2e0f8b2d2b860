-- A lone surrogate (JSON "\ud800") in the functions that read a string's bytes: Java's UTF-8 encoder writes '?' (URL_ENCODE %3F, TO_BASE64, SHA1, ENCODE UTF-8), its UTF-16 one U+FFFD; JSON_QUOTE escapes it.
CREATE TABLE strings (
  id INT,
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'strings.jsonl',
  'format' = 'json'
);

SELECT id,
  URL_ENCODE(s) AS enc,
  TO_BASE64(s) AS b64,
  SHA1(s) AS sha1,
  JSON_QUOTE(s) AS quoted,
  CHAR_LENGTH(s) AS len,
  ENCODE(s, 'UTF-8') AS utf8,
  ENCODE(s, 'UTF-16') AS utf16
FROM strings;
