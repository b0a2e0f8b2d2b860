-- an expression where a statement must begin: Flink checks it after its first operand (at b)
a.b TABLE Orders (x INT)
