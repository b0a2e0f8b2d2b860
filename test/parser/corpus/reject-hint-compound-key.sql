SELECT /*+ STATE_TTL(x.y = 'a') */ * FROM t
