CREATE MODEL my_model
INPUT (f1 INT, f2 STRING)
OUTPUT (label STRING)
COMMENT 'classifier'
WITH ('provider' = 'openai', 'task' = 'classification')
