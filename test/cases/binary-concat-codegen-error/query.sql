-- BYTES || BYTES passes Flink 2.3.0's validator and fails its code generation: CodeGenException 'String expression type expected.'
SELECT ENCODE(x, 'UTF-8') || ENCODE(y, 'UTF-8') AS b FROM (VALUES ('a', 'bc'), ('b', '')) AS v(x, y);
