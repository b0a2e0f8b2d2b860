-- SHA2 with the length from a column that is not a SHA-2 length: NoSuchAlgorithmException 'SHA-5 MessageDigest not available' fails the job.
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
