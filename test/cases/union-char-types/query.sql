-- UNION ALL of CHAR literals: one length stays CHAR(n), several are VARCHAR (Flink 2.3.0: SELECT 'a' UNION ALL SELECT 'b' is CHAR(1), 'a' and 'bc' VARCHAR(2)).
SELECT TYPEOF(u) AS tu, u || '|' AS us, TYPEOF(w) AS tw, w || '|' AS ws
FROM (SELECT 'a' AS u, 'a' AS w UNION ALL SELECT 'b', 'bc') AS q;
