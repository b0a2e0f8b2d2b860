-- Calls Flink 2.3.0's code generation refuses (CURRENT_TIME(1), BYTES || BYTES, LOCALTIMESTAMP(0)) get no code where Calcite's simplification drops them (a CASE branch under WHEN FALSE or after WHEN TRUE, a COALESCE operand after a NOT NULL one): EXPLAIN accepts the query and it runs.
SELECT x,
  CASE WHEN FALSE THEN CURRENT_TIME(1) END AS a,
  CASE WHEN x = 'a' THEN 1 WHEN TRUE THEN 2 ELSE CHAR_LENGTH(CAST(ENCODE(x, 'UTF-8') || ENCODE(x, 'UTF-8') AS STRING)) END AS b,
  COALESCE(x, CAST(LOCALTIMESTAMP(0) AS STRING)) AS c
FROM (VALUES ('a'), ('b')) AS v(x);
