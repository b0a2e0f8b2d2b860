-- REGEXP_EXTRACT, REGEXP_REPLACE and REGEXP with java.util.regex syntax (embedded flags, \Q..\E, possessive quantifiers, class intersection, POSIX classes) and an invalid pattern, as Flink 2.3.0 answers.
CREATE TABLE t (
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT s,
  REGEXP_EXTRACT(s, '(?i)(abc)', 1) AS e_flag,
  REGEXP_EXTRACT(s, '\Qa.b\E(.)', 1) AS e_quote,
  REGEXP_EXTRACT(s, '([a-z&&[^b]]+)', 1) AS e_and,
  REGEXP_EXTRACT(s, '(\p{Upper}\p{Lower}++)', 1) AS e_posix,
  REGEXP_EXTRACT(s, '(', 1) AS e_bad,
  REGEXP_REPLACE(s, '(?i)[ab]', '#') AS r_flag,
  REGEXP_REPLACE(s, '(\d+)', '<$1>') AS r_group,
  REGEXP_REPLACE(s, '\Q.\E', '!') AS r_quote,
  REGEXP_REPLACE(s, '(', 'x') AS r_bad,
  REGEXP(s, '(?i)^ABC') AS m_flag,
  REGEXP(s, '[') AS m_bad
FROM t;
