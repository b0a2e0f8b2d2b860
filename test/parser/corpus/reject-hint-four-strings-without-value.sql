SELECT /*+ STATE_TTL('o' 'x' 'y' '1d') */ * FROM t
