-- REGEXP_COUNT, REGEXP_EXTRACT_ALL (default group 1, group 0, 2, a group that does not take part, a group past the pattern's), REGEXP_INSTR, REGEXP_SUBSTR: NULL for a NULL argument and for a pattern Java cannot compile.
CREATE TABLE lines (
  id INT,
  s STRING,
  p STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'lines.jsonl',
  'format' = 'json'
);

SELECT id,
  REGEXP_COUNT(s, p) AS cnt,
  REGEXP_COUNT(s, '\d') AS digits,
  REGEXP_EXTRACT_ALL(s, p) AS all1,
  REGEXP_EXTRACT_ALL(s, p, 0) AS all0,
  REGEXP_EXTRACT_ALL(s, '(\d)(\d*)') AS firsts,
  REGEXP_EXTRACT_ALL(s, '(\d)(\d*)', 2) AS rests,
  REGEXP_EXTRACT_ALL(s, p, 3) AS all3,
  REGEXP_EXTRACT_ALL(s, '[a-z]') AS nogroup,
  REGEXP_EXTRACT_ALL(s, '(\d)', -1) AS negative,
  REGEXP_INSTR(s, p) AS pos,
  REGEXP_INSTR(s, '[0-9]{2}') AS pos2,
  REGEXP_SUBSTR(s, p) AS sub,
  REGEXP_SUBSTR(s, '(?<d>\d)\d') AS sub2
FROM lines;
