-- MIN and MAX over a LEFT JOIN of two insert-only tables: Flink 2.3.0 derives that they need no retraction (the join's inputs never update: FlinkRelMdModifiedMonotonicity), so the padded row's -D leaves MAX and MIN as they were while COUNT(*) retracts (GroupAggregate select=[MAX(v), MIN(v), COUNT_RETRACT(*)]).
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT o.k, MAX(o.v) AS a, MIN(o.v) AS b, COUNT(*) AS c FROM orders AS o LEFT JOIN dims AS d ON o.k = d.k GROUP BY o.k;
