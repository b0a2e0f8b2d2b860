SELECT /*+ BROADCAST(dim), STATE_TTL('o' = '1d') */ * FROM o JOIN dim /*+ OPTIONS('lookup.cache' = 'FULL') */ ON o.k = dim.k
