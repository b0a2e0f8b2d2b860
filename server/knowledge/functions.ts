// Curated built-in functions of Flink 2.3.0 for hover, completion and signature help.
// Descriptions follow Flink's "System (Built-in) Functions" page.

export interface FunctionDoc {
  name: string;
  /** One entry per overload: parameter names with their types. */
  signatures: { params: string[]; returns: string }[];
  description: string;
  category: 'aggregate' | 'window' | 'time' | 'string' | 'numeric' | 'conditional' | 'collection' | 'json' | 'ranking' | 'type' | 'tvf';
}

const f = (name: string, category: FunctionDoc['category'], description: string, ...sigs: string[]): FunctionDoc => ({
  name,
  category,
  description,
  signatures: sigs.map((s) => {
    const m = /^\((.*)\)\s*->\s*(.+)$/.exec(s)!;
    const params = m[1]!.trim() === '' ? [] : m[1]!.split(/,\s*/);
    return { params, returns: m[2]! };
  }),
});

export const FUNCTIONS: FunctionDoc[] = [
  // aggregates
  f('COUNT', 'aggregate', 'Number of rows (`COUNT(*)`) or of non-null values. In a streaming GROUP BY the result is updated for every input row (an updating changelog).', '(*) -> BIGINT', '([DISTINCT] value) -> BIGINT'),
  f('SUM', 'aggregate', 'Sum of the non-null values; NULL for an empty group.', '([DISTINCT] numeric) -> numeric'),
  f('AVG', 'aggregate', 'Average of the non-null values; the result type is the input type (integer average truncates).', '([DISTINCT] numeric) -> numeric'),
  f('MIN', 'aggregate', 'Minimum of the non-null values. Retractions make it keep all values in state.', '(value) -> value'),
  f('MAX', 'aggregate', 'Maximum of the non-null values. Retractions make it keep all values in state.', '(value) -> value'),
  f('LISTAGG', 'aggregate', 'Concatenates the values, separated by `separator` (default \',\').', '(expression) -> STRING', '(expression, separator) -> STRING'),
  f('ARRAY_AGG', 'aggregate', 'Collects the values into an ARRAY, in arrival order.', '([DISTINCT] expression) -> ARRAY'),
  f('COLLECT', 'aggregate', 'Collects the values into a MULTISET.', '(expression) -> MULTISET'),
  f('FIRST_VALUE', 'aggregate', 'First value of the group (by arrival).', '(expression) -> value'),
  f('LAST_VALUE', 'aggregate', 'Last value of the group (by arrival).', '(expression) -> value'),
  f('STDDEV_POP', 'aggregate', 'Population standard deviation.', '(numeric) -> DOUBLE'),
  f('STDDEV_SAMP', 'aggregate', 'Sample standard deviation.', '(numeric) -> DOUBLE'),
  f('VAR_POP', 'aggregate', 'Population variance.', '(numeric) -> DOUBLE'),
  f('VAR_SAMP', 'aggregate', 'Sample variance.', '(numeric) -> DOUBLE'),
  // ranking / over
  f('ROW_NUMBER', 'ranking', 'Sequential number of the row in its partition. `ROW_NUMBER() OVER (PARTITION BY k ORDER BY t) ... WHERE rn <= N` is Top-N (or deduplication when ordered by a time attribute and N = 1).', '() -> BIGINT'),
  f('RANK', 'ranking', 'Rank with gaps.', '() -> BIGINT'),
  f('DENSE_RANK', 'ranking', 'Rank without gaps.', '() -> BIGINT'),
  f('LAG', 'ranking', 'Value of the row `offset` rows before the current one in the OVER window.', '(expression) -> value', '(expression, offset) -> value', '(expression, offset, default) -> value'),
  f('LEAD', 'ranking', 'Value of the row `offset` rows after the current one.', '(expression) -> value', '(expression, offset) -> value', '(expression, offset, default) -> value'),
  // time attributes and time
  f('PROCTIME', 'time', 'Declares a processing-time attribute (`pt AS PROCTIME()`): the wall-clock time of the machine processing the row, TIMESTAMP_LTZ(3). Windows on it fire by the clock, so results are not reproducible.', '() -> TIMESTAMP_LTZ(3)'),
  f('CURRENT_WATERMARK', 'time', 'The current watermark of the rowtime column\'s input, NULL when none has been emitted yet.', '(rowtime) -> TIMESTAMP(3)'),
  f('NOW', 'time', 'Current timestamp (non-deterministic: evaluated per record in streaming).', '() -> TIMESTAMP_LTZ(3)'),
  f('CURRENT_TIMESTAMP', 'time', 'Current timestamp in the session time zone.', '() -> TIMESTAMP_LTZ(3)'),
  f('LOCALTIMESTAMP', 'time', 'Current local timestamp.', '() -> TIMESTAMP(3)'),
  f('CURRENT_DATE', 'time', 'Current date in the session time zone.', '() -> DATE'),
  f('TO_TIMESTAMP', 'time', 'Parses a string (default format \'yyyy-MM-dd HH:mm:ss\') into a TIMESTAMP(3).', '(string) -> TIMESTAMP(3)', '(string, format) -> TIMESTAMP(3)'),
  f('TO_TIMESTAMP_LTZ', 'time', 'Converts epoch time (precision 0 = seconds, 3 = milliseconds) or a string into a TIMESTAMP_LTZ(3).', '(numeric, precision) -> TIMESTAMP_LTZ(3)', '(string, format) -> TIMESTAMP_LTZ(3)'),
  f('TO_DATE', 'time', 'Parses a string (default \'yyyy-MM-dd\') into a DATE.', '(string) -> DATE', '(string, format) -> DATE'),
  f('DATE_FORMAT', 'time', 'Formats a timestamp with a Java SimpleDateFormat-like pattern.', '(timestamp, format) -> STRING'),
  f('UNIX_TIMESTAMP', 'time', 'Current epoch seconds, or of a string parsed with a format.', '() -> BIGINT', '(string) -> BIGINT', '(string, format) -> BIGINT'),
  f('FROM_UNIXTIME', 'time', 'Formats epoch seconds as a string (\'yyyy-MM-dd HH:mm:ss\' by default).', '(numeric) -> STRING', '(numeric, format) -> STRING'),
  f('TIMESTAMPDIFF', 'time', 'Difference of two timestamps in a unit (SECOND, MINUTE, HOUR, DAY, MONTH, YEAR).', '(unit, timepoint1, timepoint2) -> INT'),
  f('TIMESTAMPADD', 'time', 'Adds an interval count in a unit to a timestamp.', '(unit, interval, timepoint) -> timestamp'),
  f('EXTRACT', 'time', 'A field of a date/time value: `EXTRACT(DAY FROM ts)`.', '(unit FROM temporal) -> BIGINT'),
  f('DATE_ADD', 'time', 'Adds days to a date.', '(date, days) -> DATE'),
  // window TVFs
  f('TUMBLE', 'tvf', 'Tumbling window TVF: fixed-size, non-overlapping windows. `TABLE(TUMBLE(TABLE t, DESCRIPTOR(time_attr), size [, offset]))` adds window_start, window_end, window_time. The time column must be a time attribute (a WATERMARK column or PROCTIME()).', '(TABLE data, DESCRIPTOR(timecol), size) -> TABLE', '(TABLE data, DESCRIPTOR(timecol), size, offset) -> TABLE'),
  f('HOP', 'tvf', 'Hopping (sliding) window TVF: windows of `size` every `slide`; a row belongs to size/slide windows. The time column must be a time attribute.', '(TABLE data, DESCRIPTOR(timecol), slide, size) -> TABLE', '(TABLE data, DESCRIPTOR(timecol), slide, size, offset) -> TABLE'),
  f('CUMULATE', 'tvf', 'Cumulating window TVF: windows growing by `step` up to `size`, emitting early results. The time column must be a time attribute.', '(TABLE data, DESCRIPTOR(timecol), step, size) -> TABLE', '(TABLE data, DESCRIPTOR(timecol), step, size, offset) -> TABLE'),
  f('SESSION', 'tvf', 'Session window TVF: a window closes after `gap` without rows; `PARTITION BY` keys the sessions. The time column must be a time attribute.', '(TABLE data PARTITION BY keys, DESCRIPTOR(timecol), gap) -> TABLE'),
  // conditional
  f('COALESCE', 'conditional', 'First non-null argument.', '(value1, value2, ...) -> value'),
  f('NULLIF', 'conditional', 'NULL when both are equal, else the first.', '(value1, value2) -> value'),
  f('IF', 'conditional', '`ifTrue` when the condition holds, else `ifFalse`.', '(condition, ifTrue, ifFalse) -> value'),
  f('IFNULL', 'conditional', '`nullReplacement` when `input` is NULL.', '(input, nullReplacement) -> value'),
  f('GREATEST', 'conditional', 'Greatest argument (NULL if any is NULL).', '(value1, value2, ...) -> value'),
  f('LEAST', 'conditional', 'Least argument (NULL if any is NULL).', '(value1, value2, ...) -> value'),
  // strings
  f('UPPER', 'string', 'Upper case.', '(string) -> STRING'),
  f('LOWER', 'string', 'Lower case.', '(string) -> STRING'),
  f('CHAR_LENGTH', 'string', 'Number of characters.', '(string) -> INT'),
  f('CONCAT', 'string', 'Concatenation; NULL if any argument is NULL.', '(string1, string2, ...) -> STRING'),
  f('CONCAT_WS', 'string', 'Concatenation with a separator, skipping NULL arguments.', '(separator, string1, string2, ...) -> STRING'),
  f('SUBSTRING', 'string', 'Substring from a 1-based position: `SUBSTRING(s FROM start [FOR length])`.', '(string, start) -> STRING', '(string, start, length) -> STRING'),
  f('SUBSTR', 'string', 'Substring from a 1-based position.', '(string, start) -> STRING', '(string, start, length) -> STRING'),
  f('TRIM', 'string', 'Removes leading and/or trailing characters: `TRIM([BOTH|LEADING|TRAILING] [chars] FROM s)`.', '(string) -> STRING'),
  f('REPLACE', 'string', 'Replaces every occurrence of `search` by `replacement`.', '(string, search, replacement) -> STRING'),
  f('REGEXP_EXTRACT', 'string', 'The `index`-th group of the first match of a Java regex.', '(string, regex) -> STRING', '(string, regex, index) -> STRING'),
  f('REGEXP_REPLACE', 'string', 'Replaces every match of a Java regex.', '(string, regex, replacement) -> STRING'),
  f('SPLIT_INDEX', 'string', 'The `index`-th (0-based) field after splitting by a delimiter.', '(string, delimiter, index) -> STRING'),
  f('LPAD', 'string', 'Left-pads to `length` with `pad`.', '(string, length, pad) -> STRING'),
  f('RPAD', 'string', 'Right-pads to `length` with `pad`.', '(string, length, pad) -> STRING'),
  f('INITCAP', 'string', 'Capitalizes the first letter of each word.', '(string) -> STRING'),
  f('MD5', 'string', 'MD5 hash as 32 hex digits.', '(string) -> STRING'),
  f('POSITION', 'string', '1-based position of the first occurrence: `POSITION(a IN b)`.', '(substring IN string) -> INT'),
  // numeric
  f('ABS', 'numeric', 'Absolute value.', '(numeric) -> numeric'),
  f('ROUND', 'numeric', 'Rounds to `digits` decimal places (default 0).', '(numeric) -> numeric', '(numeric, digits) -> numeric'),
  f('FLOOR', 'numeric', 'Largest integer not greater; `FLOOR(ts TO unit)` rounds a timestamp down.', '(numeric) -> numeric'),
  f('CEIL', 'numeric', 'Smallest integer not smaller; `CEIL(ts TO unit)` rounds a timestamp up.', '(numeric) -> numeric'),
  f('MOD', 'numeric', 'Remainder of the division.', '(numeric1, numeric2) -> numeric'),
  f('POWER', 'numeric', 'numeric1 raised to numeric2.', '(numeric1, numeric2) -> DOUBLE'),
  f('SQRT', 'numeric', 'Square root.', '(numeric) -> DOUBLE'),
  f('RAND', 'numeric', 'Random DOUBLE in [0, 1).', '() -> DOUBLE', '(seed) -> DOUBLE'),
  // collections / json / types
  f('CARDINALITY', 'collection', 'Number of elements of an ARRAY, MAP or MULTISET.', '(collection) -> INT'),
  f('ELEMENT', 'collection', 'The only element of an array of length 1 (NULL if empty).', '(array) -> value'),
  f('ARRAY_CONTAINS', 'collection', 'Whether the array holds the needle (NULL only for a NULL array; a NULL needle finds a NULL element; NaN is never found).', '(array, needle) -> BOOLEAN'),
  f('ARRAY_APPEND', 'collection', 'The array with the element added at the end, cast to the element type (it must cast implicitly: no BIGINT into ARRAY<INT>).', '(array, element) -> ARRAY'),
  f('ARRAY_PREPEND', 'collection', 'The array with the element added at the front, cast to the element type.', '(array, element) -> ARRAY'),
  f('ARRAY_CONCAT', 'collection', 'The arrays one after another (their common type); NULL if any is NULL.', '(array1, array2, ...) -> ARRAY'),
  f('ARRAY_DISTINCT', 'collection', 'The array without repeated elements, first occurrences in order (NULL once; NaN is never equal to itself).', '(array) -> ARRAY'),
  f('ARRAY_UNION', 'collection', 'The distinct elements of both arrays, in order of first occurrence.', '(array1, array2) -> ARRAY'),
  f('ARRAY_EXCEPT', 'collection', 'The distinct elements of array1 not in array2, in order.', '(array1, array2) -> ARRAY'),
  f('ARRAY_INTERSECT', 'collection', 'The distinct elements of array1 also in array2, in array1\'s order.', '(array1, array2) -> ARRAY'),
  f('ARRAY_JOIN', 'collection', 'The string elements joined by the delimiter; NULL elements are skipped, or replaced by the third argument.', '(array, delimiter) -> STRING', '(array, delimiter, nullReplacement) -> STRING'),
  f('ARRAY_MAX', 'collection', 'The largest non-NULL element (NULL for an empty array); elements must be orderable (not BOOLEAN, ROW, ARRAY, MAP).', '(array) -> element'),
  f('ARRAY_MIN', 'collection', 'The smallest non-NULL element (NULL for an empty array).', '(array) -> element'),
  f('ARRAY_POSITION', 'collection', '1-based position of the first element equal to the needle, 0 if none, NULL for a NULL needle.', '(array, needle) -> INT'),
  f('ARRAY_REMOVE', 'collection', 'The array without the elements equal to the needle (a NULL needle removes the NULLs).', '(array, needle) -> ARRAY'),
  f('ARRAY_REVERSE', 'collection', 'The array in reverse order.', '(array) -> ARRAY'),
  f('ARRAY_SLICE', 'collection', 'Elements from start to end (1-based, inclusive; negative counts from the end; end defaults to the last; 0 as end means 1).', '(array, start) -> ARRAY', '(array, start, end) -> ARRAY'),
  f('ARRAY_SORT', 'collection', 'The array sorted; ascending with NULLs first by default, `ascending` also sets where NULLs go unless `nullsFirst` is given.', '(array) -> ARRAY', '(array, ascending) -> ARRAY', '(array, ascending, nullsFirst) -> ARRAY'),
  f('MAP_KEYS', 'collection', 'The keys of the map as an array, in the map\'s key order.', '(map) -> ARRAY'),
  f('MAP_VALUES', 'collection', 'The values of the map as an array, in the map\'s key order.', '(map) -> ARRAY'),
  f('MAP_ENTRIES', 'collection', 'The entries of the map as an array of ROW<key, value>.', '(map) -> ARRAY<ROW<key, value>>'),
  f('MAP_FROM_ARRAYS', 'collection', 'A map of keys[i] -> values[i]; the arrays must have the same length (else the job fails).', '(keys, values) -> MAP'),
  f('MAP_UNION', 'collection', 'The maps merged; a later map\'s value wins for a key in several.', '(map1, map2, ...) -> MAP'),
  f('JSON_VALUE', 'json', 'Extracts a scalar from a JSON string at a path.', '(json, path) -> STRING'),
  f('JSON_QUERY', 'json', 'Extracts a JSON value (object/array) from a JSON string at a path.', '(json, path) -> STRING'),
  f('JSON_OBJECT', 'json', 'Builds a JSON object string: `JSON_OBJECT(KEY k VALUE v, ...)`.', '(KEY key VALUE value, ...) -> STRING'),
  f('JSON_STRING', 'json', 'Serializes a value to a JSON string.', '(value) -> STRING'),
  f('CAST', 'type', 'Converts a value to a type: `CAST(x AS type)`; fails on invalid input.', '(value AS type) -> type'),
  f('TRY_CAST', 'type', 'Like CAST, but NULL instead of failing on invalid input.', '(value AS type) -> type'),
  f('TYPEOF', 'type', 'The string representation of the argument\'s data type.', '(input) -> STRING'),
];

const byName = new Map(FUNCTIONS.map((fn) => [fn.name, fn]));

export function functionDoc(name: string): FunctionDoc | undefined {
  return byName.get(name.toUpperCase());
}

export function signatureLabel(fn: FunctionDoc, i = 0): string {
  const s = fn.signatures[i]!;
  return `${fn.name}(${s.params.join(', ')}) -> ${s.returns}`;
}
