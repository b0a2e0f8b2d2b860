// Prints the class path of Flink 2.3.0's SQL parser from the local Maven repository.
const m2 = process.env.HOME + '/.m2/repository/';
console.log([
  'org/apache/flink/flink-sql-parser/2.3.0/flink-sql-parser-2.3.0.jar',
  'org/apache/calcite/calcite-core/1.36.0/calcite-core-1.36.0.jar',
  'org/apache/calcite/calcite-linq4j/1.36.0/calcite-linq4j-1.36.0.jar',
  'org/apache/calcite/avatica/avatica-core/1.23.0/avatica-core-1.23.0.jar',
  'com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar',
  'com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar',
  'org/slf4j/slf4j-api/1.7.36/slf4j-api-1.7.36.jar',
  'org/slf4j/slf4j-nop/1.7.36/slf4j-nop-1.7.36.jar',
  'org/apache/commons/commons-lang3/3.18.0/commons-lang3-3.18.0.jar',
  'org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar',
  'org/apache/flink/flink-table-common/2.3.0/flink-table-common-2.3.0.jar',
].map((p) => m2 + p).join(':'));
