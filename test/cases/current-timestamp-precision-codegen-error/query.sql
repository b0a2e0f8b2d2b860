-- CURRENT_TIMESTAMP(1) is TIMESTAMP_LTZ(3) to Flink 2.3.0's validator; its code generation then refuses the call: CodeGenException 'Unsupported call: CURRENT_TIMESTAMP(INT NOT NULL)'.
SELECT x, CURRENT_TIMESTAMP(1) IS NOT NULL AS t FROM (VALUES ('a'), ('b')) AS v(x);
