-- A PRIMARY KEY when the base table has one needs EXCLUDING CONSTRAINTS.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE pk_base (k STRING, n BIGINT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'blackhole');
CREATE TABLE out_t (PRIMARY KEY (n) NOT ENFORCED) LIKE pk_base;
INSERT INTO out_t SELECT k, COUNT(*) FROM base GROUP BY k;
