f(x) OVER w x
