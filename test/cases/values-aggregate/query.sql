-- GROUP BY over VALUES: a retract stream from an inline table.
SELECT k, SUM(v) AS total
FROM (VALUES ('a', 1), ('b', 2), ('a', 3)) AS t(k, v)
GROUP BY k;
