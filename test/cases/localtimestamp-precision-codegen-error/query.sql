-- LOCALTIMESTAMP(0) is TIMESTAMP(3) to Flink 2.3.0's validator; its code generation then refuses the call: CodeGenException 'Unsupported call: LOCALTIMESTAMP(INT NOT NULL)'.
SELECT x, LOCALTIMESTAMP(0) IS NOT NULL AS t FROM (VALUES ('a'), ('b')) AS v(x);
