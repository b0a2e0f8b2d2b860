// Short explanations of the Flink-specific keywords a streaming author meets, for hover.
export const KEYWORD_DOCS: Record<string, string> = {
  WATERMARK: '`WATERMARK FOR col AS col - INTERVAL \'5\' SECOND` makes `col` the event-time attribute (rowtime) of the table. The watermark says "no row older than this will come": windows fire and OVER/interval-join state is freed when it passes; rows behind it are late and dropped.',
  ENFORCED: '`PRIMARY KEY (...) NOT ENFORCED`: Flink does not check uniqueness; it trusts the key. Upsert sinks (upsert-kafka, jdbc) write by it; it is required for upsert-kafka.',
  SYSTEM_TIME: '`FOR SYSTEM_TIME AS OF o.time_attr` is a temporal join: each row joins the version of the other table valid at its time (event time with a versioned table, or processing time with a lookup source). Unlike a regular join it keeps no unbounded state of the probe side.',
  DESCRIPTOR: '`DESCRIPTOR(col)` names the time attribute column a window TVF windows by; the column must be a time attribute (WATERMARK or PROCTIME()).',
  MATCH_RECOGNIZE: '`MATCH_RECOGNIZE` finds row patterns (complex event processing), ordered by a time attribute, partitioned by keys.',
  TEMPORARY: 'A TEMPORARY object lives in the session only and shadows a permanent one with the same name.',
  METADATA: '`col TYPE METADATA [FROM \'key\'] [VIRTUAL]`: a column read from (or written to) the connector\'s metadata, such as Kafka\'s `timestamp`, `partition`, `offset`. VIRTUAL columns are read-only.',
  LATERAL: '`LATERAL TABLE(f(x))` joins each row with the rows a table function returns for it.',
  UNNEST: '`CROSS JOIN UNNEST(array_col) AS t(elem)` expands an ARRAY (or MAP/MULTISET) into rows.',
};
