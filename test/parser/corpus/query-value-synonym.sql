VALUE 'a' = 'b'
