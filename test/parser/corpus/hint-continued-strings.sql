SELECT /*+ STATE_TTL('o' 'x' 'y'), OPTIONS('a' 'b' 'c' 'd' = 'e') */ * FROM t
