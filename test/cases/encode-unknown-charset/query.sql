-- ENCODE with a charset Java does not know: String.getBytes throws UnsupportedEncodingException (the charset's name), failing the job.
CREATE TABLE words (
  id INT,
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'words.jsonl',
  'format' = 'json'
);

SELECT id, ENCODE(s, 'klingon') AS b FROM words;
