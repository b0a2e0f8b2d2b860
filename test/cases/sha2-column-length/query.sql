-- SHA2 with the length from a column: MessageDigest 'SHA-' + n per row (1 is SHA-1, NULL is NULL), another length fails the job (NoSuchAlgorithmException).
CREATE TABLE words (
  id INT,
  s STRING,
  n INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'words.jsonl',
  'format' = 'json'
);

SELECT id, SHA2(s, n) AS h FROM words;
