-- INCLUDING OPTIONS fails on an option key both tables set.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE derived WITH ('path' = 'other.csv') LIKE base (INCLUDING OPTIONS);
SELECT * FROM derived;
