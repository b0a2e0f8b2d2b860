SELECT JSON_QUERY(x, 'a', 'b') FROM s
