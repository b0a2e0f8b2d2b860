// Which function names Flink 2.3.0's SQL validator knows: every name of SHOW FUNCTIONS and of the
// candidate list given (one per line), each called in `SELECT NAME(args) FROM s` with argument
// lists of 0-3 columns of several types. Prints `NAME<TAB>known|absent|syntax` : absent when every
// try is Calcite's "No match found for function signature" (the name is unknown: what Flink says
// for a function it lacks), syntax when the name parses only in its own syntax (CAST(x AS t),
// keywords), known otherwise (a try validated, or failed on its argument types or count).
// Run by test/flink/functions.mjs.
import org.apache.flink.table.api.*;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import java.nio.file.*;
import java.util.*;

public class FunctionNames {
  public static void main(String[] args) throws Exception {
    TableEnvironment t = TableEnvironment.create(EnvironmentSettings.inStreamingMode());
    TreeSet<String> names = new TreeSet<>();
    try (CloseableIterator<Row> it = t.executeSql("SHOW FUNCTIONS").collect()) {
      while (it.hasNext()) names.add(String.valueOf(it.next().getField(0)).toUpperCase(Locale.ROOT));
    }
    for (String n : Files.readAllLines(Paths.get(args[0]))) if (!n.isBlank() && !n.startsWith("#")) names.add(n.trim().toUpperCase(Locale.ROOT));
    t.executeSql("CREATE TABLE s (x STRING, i INT, ts TIMESTAMP(3), arr ARRAY<INT>, m MAP<STRING, INT>) WITH ('connector' = 'datagen')");
    String[][] tries = { {}, {"x"}, {"i"}, {"x", "x"}, {"x", "i"}, {"i", "i"}, {"x", "x", "x"}, {"arr"}, {"arr", "i"}, {"m"}, {"ts"}, {"x", "i", "i"}, {"arr", "arr"}, {"m", "m"} };
    for (String n : names) {
      if (!n.matches("[A-Z][A-Z0-9_]*")) continue;
      String verdict = "absent";
      for (String[] a : tries) {
        try { t.sqlQuery("SELECT " + n + "(" + String.join(", ", a) + ") FROM s"); verdict = "known"; break; }
        catch (Throwable e) {
          StringBuilder all = new StringBuilder();
          for (Throwable c = e; c != null; c = c.getCause()) all.append(c.getMessage()).append(" | ");
          String m = all.toString();
          if (m.contains("No match found for function signature")) continue;
          if (m.contains("SQL parse failed")) { if (verdict.equals("absent")) verdict = "syntax"; continue; }
          verdict = "known";
          break;
        }
      }
      System.out.println(n + "\t" + verdict);
    }
  }
}
