-- A self-join of one table: Flink reuses the single source scan for both sides.
CREATE TABLE emps (
  id INT,
  name STRING,
  manager_id INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'emps.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT e.name, m.name AS manager
FROM emps AS e
JOIN emps AS m ON e.manager_id = m.id;
