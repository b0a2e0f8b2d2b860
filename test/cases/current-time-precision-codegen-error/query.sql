-- CURRENT_TIME(1) is TIME(1) to Flink 2.3.0's validator; its code generation then refuses the call: CodeGenException 'Unsupported call: CURRENT_TIME(INT NOT NULL)'.
SELECT x, CURRENT_TIME(1) AS t FROM (VALUES ('a'), ('b')) AS v(x);
