USE cat.db
