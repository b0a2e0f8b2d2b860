-- ELT over INT values: Flink 2.3.0's type inference takes only strings (or binaries) as the values ('Could not infer arguments in range: [1, null].').
CREATE TABLE t (
  id INT,
  i INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.jsonl',
  'format' = 'json'
);

SELECT id, ELT(i, 10, 20, 30) AS e FROM t;
