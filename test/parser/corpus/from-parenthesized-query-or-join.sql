SELECT * FROM ((t JOIN u ON true)), ((SELECT 1)), ((t JOIN u ON true) JOIN v ON true), (t CROSS JOIN u), ((SELECT 1) UNION (SELECT 2)), (SELECT 1) AS z
