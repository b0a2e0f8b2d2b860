-- A reserved function name without its parentheses is an error in Flink, at the name
SELECT name, SUM FROM orders