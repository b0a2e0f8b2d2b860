// Flink 2.3.0's validator on `SELECT <expr> FROM s` lines (a file, one query per line) over a
// table s of nullable columns of many types: prints, per line, `ok<TAB>result type` (LogicalType
// summary: `INT NOT NULL`, `STRING`, ...) or `err<TAB>root cause's class<TAB>its message, lines
// joined with \n`. Run by
// test/flink/function-types.mjs.
import org.apache.flink.table.api.*;
import java.nio.file.*;

public class FunctionTypes {
  public static final String DDL = "CREATE TABLE s (c_string STRING, c_int INT, c_bigint BIGINT, c_double DOUBLE, "
      + "c_decimal DECIMAL(10, 2), c_boolean BOOLEAN, c_timestamp TIMESTAMP(3), c_date DATE, c_time TIME, "
      + "c_ltz TIMESTAMP_LTZ(3), c_bytes BYTES, c_array ARRAY<INT>, c_map MAP<STRING, INT>) WITH ('connector' = 'datagen')";

  public static void main(String[] args) throws Exception {
    TableEnvironment t = TableEnvironment.create(EnvironmentSettings.inStreamingMode());
    t.executeSql(DDL);
    StringBuilder out = new StringBuilder();
    for (String q : Files.readAllLines(Paths.get(args[0]))) {
      if (q.isBlank()) continue;
      try {
        String type = t.sqlQuery(q).getResolvedSchema().getColumnDataTypes().get(0).getLogicalType().asSummaryString();
        out.append("ok\t").append(type);
      } catch (Throwable e) {
        Throwable c = e;
        while (c.getCause() != null) c = c.getCause();
        String m = String.valueOf(c.getMessage()).trim().replaceFirst("^From line \\d+, column \\d+ to line \\d+, column \\d+: ", "");
        out.append("err\t").append(c.getClass().getName()).append('\t').append(m.replace("\\", "\\\\").replace("\t", " ").replace("\n", "\\n"));
      }
      out.append('\n');
    }
    System.out.print(out);
  }
}
