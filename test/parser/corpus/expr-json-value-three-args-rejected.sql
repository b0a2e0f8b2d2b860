SELECT JSON_VALUE(x, 'a', 'b') FROM s
