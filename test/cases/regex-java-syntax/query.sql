-- java.util.regex syntax in REGEXP_COUNT, REGEXP_INSTR, REGEXP_SUBSTR, REGEXP_EXTRACT_ALL: 46 patterns x 7 strings (inline flags at the start and in the middle, (?x), (?U), nested classes and &&, \p{L} \p{IsAlphabetic} \p{javaLowerCase} \p{InGreek} \p{Punct}, octal and hex escapes, possessive, \G, \Z, \X; a group name with '_' and an unknown escape \y do not compile: NULL).
CREATE TABLE patterns (
  id INT,
  p STRING,
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'patterns.jsonl',
  'format' = 'json'
);

SELECT id, p, s,
  REGEXP_COUNT(s, p) AS cnt,
  REGEXP_INSTR(s, p) AS pos,
  REGEXP_SUBSTR(s, p) AS sub,
  REGEXP_EXTRACT_ALL(s, p, 0) AS all0
FROM patterns;
