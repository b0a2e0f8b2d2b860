SELECT * FROM a JOIN b ON a. = b.k
