-- PRINTF %h/%H: the hex hashCode of the object Flink passes: a string is BinaryStringData (Flink's MurmurHash of the UTF-8 bytes, seed 42, not String.hashCode), INT Integer, BIGINT Long, BOOLEAN 1231/1237, DOUBLE Double.
CREATE TABLE strings (
  id INT,
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'strings.jsonl',
  'format' = 'json'
);

SELECT id, PRINTF('%h|%h|%H|%h|%h|%h', s, id, s, CAST(id AS BIGINT) * 3000000000, id > 3, CAST(id AS DOUBLE) / 3) AS hashes FROM strings;
