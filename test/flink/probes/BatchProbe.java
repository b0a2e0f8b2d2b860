// Runs a .sql file's statements on Flink 2.3.0 in batch mode (parallelism 1) and prints the last
// query's plan (with a second argument) and rows: how test/engine/cli/sql/batch-join's expected
// order was obtained (the oracle, studio.flink.Oracle, runs streaming). Flink's csv format reads
// every line as a row, so give it copies of the files without their header line.
// usage: flock /tmp/flink.lock java -cp "$(cat test/flink/target/classpath.txt)" test/flink/probes/BatchProbe.java FILE.sql [explain]
import org.apache.flink.table.api.*;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import java.nio.file.*;
public class BatchProbe {
  public static void main(String[] a) throws Exception {
    TableEnvironment t = TableEnvironment.create(EnvironmentSettings.newInstance().inBatchMode().build());
    t.getConfig().set("parallelism.default", "1");
    String sql = new String(Files.readAllBytes(Paths.get(a[0])));
    String[] stmts = sql.split(";\\s*\\n");
    for (String s : stmts) {
      String st = s.replaceAll("(?m)^--.*$", "").trim();
      if (st.isEmpty()) continue;
      if (st.toUpperCase().startsWith("SELECT")) {
        if (a.length > 1) System.out.println(t.explainSql(st));
        try (CloseableIterator<Row> it = t.executeSql(st).collect()) { while (it.hasNext()) System.out.println(it.next()); }
      } else t.executeSql(st);
    }
  }
}
