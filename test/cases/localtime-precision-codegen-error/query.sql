-- LOCALTIME(2) is TIME(2) to Flink 2.3.0's validator; its code generation then refuses the call: CodeGenException 'Unsupported call: LOCALTIME(INT NOT NULL)'.
SELECT x, LOCALTIME(2) IS NOT NULL AS t FROM (VALUES ('a'), ('b')) AS v(x);
