f(x).y z
