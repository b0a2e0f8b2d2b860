-- VALUES (ROW(1, 'a')): a parenthesized ROW is the whole row, two columns (Calcite's RowConstructor).
SELECT * FROM (VALUES (ROW(1, 'a')), (ROW(2, 'b'))) AS t(x, y);
