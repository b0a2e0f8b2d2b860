SELECT /*+ STATE_TTL('a', 1, -1, 1.5, 1e3, +2), BROADCAST(a, b), STATE_TTL(o = '1d', 'l' = '1d', `x` = 'a'), STATE_TTL('k' 'j' = 'v' 'w'), STATE_TTL('a' 'b'), STATE_TTL() */ * FROM t
