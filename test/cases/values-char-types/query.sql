-- VALUES of CHAR literals: one length stays CHAR(n), several are VARCHAR (Flink 2.3.0: VALUES ('a'), ('b') is CHAR(1), ('bc'), ('d') VARCHAR(2)); values unpadded.
SELECT TYPEOF(x) AS tx, x || '|' AS xs, TYPEOF(y) AS ty, y || '|' AS ys, TYPEOF(x || y) AS txy
FROM (VALUES ('a', 'bc'), ('b', 'd')) AS v(x, y);
