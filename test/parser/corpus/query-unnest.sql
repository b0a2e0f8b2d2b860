SELECT o.id, x FROM orders AS o CROSS JOIN UNNEST(o.items) WITH ORDINALITY AS i(x, pos)
