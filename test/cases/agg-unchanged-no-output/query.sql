-- GroupAggregate emits nothing when the aggregate result does not change (MAX stays the same).
CREATE TABLE temps (
  city STRING,
  temp INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'temps.csv',
  'format' = 'csv'
);

SELECT city, MAX(temp) AS hottest
FROM temps
GROUP BY city;
