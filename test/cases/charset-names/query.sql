-- DECODE and ENCODE with 36 of Java's charset names and aliases (case-insensitive: utf8, unicode-1-1-utf-8, iso8859_1, l1, cp819, 646, ASCII7, UTF_16, UnicodeBig, UnicodeLittleUnmarked, x-UTF-16LE-BOM, UTF32, Cp1252, windows-1250, latin9, KOI8-R): BOMs, '?' for unmappable, U+FFFD for malformed.
CREATE TABLE names (
  id INT,
  n STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'names.jsonl',
  'format' = 'json'
);

SELECT id, n,
  DECODE(UNHEX('41c3a9e282ac80'), n) AS decoded,
  ENCODE('Aé€', n) AS encoded
FROM names;
