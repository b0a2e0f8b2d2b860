// Flink 2.3.0's own parser as an oracle for the project's parser corpus (not run by npm test).
// Usage: java -cp "$(node test/parser/oracle/classpath.mjs)" test/parser/oracle/FlinkParse.java FILE...
// Prints per file: `accept` or `reject<TAB>line:col<TAB>message first line`. Each file holds one statement.
import java.nio.file.*;
import org.apache.calcite.sql.parser.*;
import org.apache.calcite.config.Lex;
import org.apache.flink.sql.parser.impl.FlinkSqlParserImpl;
import org.apache.flink.sql.parser.validate.FlinkSqlConformance;

public class FlinkParse {
  static final java.util.regex.Pattern SET = java.util.regex.Pattern.compile(
      "SET(\\s+(?<key>[^'\\s]+)\\s*=\\s*('(?<quotedVal>[^']*)'|(?<val>[^;\\s]+)))?\\s*;?",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);
  static final java.util.regex.Pattern RESET = java.util.regex.Pattern.compile(
      "RESET(\\s+(?<key>[^'\\s]+))?\\s*;?",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);
  static final java.util.regex.Pattern CLIENT = java.util.regex.Pattern.compile(
      "(HELP|QUIT|EXIT|CLEAR)\\s*;?", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

  public static void main(String[] args) throws Exception {
    SqlParser.Config cfg = SqlParser.config()
        .withParserFactory(FlinkSqlParserImpl.FACTORY)
        .withConformance(FlinkSqlConformance.DEFAULT)
        .withLex(Lex.JAVA)
        .withIdentifierMaxLength(256);
    for (String f : args) {
      String sql = Files.readString(Path.of(f));
      String stmt = sql.replaceAll("[\\s;]+$", "");
      // Flink's ExtendedParser (SQL client commands) is tried first, on the trimmed text
      String t = stmt.trim();
      if (SET.matcher(t).matches() || RESET.matcher(t).matches() || CLIENT.matcher(t).matches()) {
        System.out.println(f + "\taccept");
        continue;
      }
      try {
        SqlParser.create(stmt, cfg).parseStmt();
        System.out.println(f + "\taccept");
      } catch (SqlParseException e) {
        SqlParserPos p = e.getPos();
        String msg = e.getMessage().split("\n")[0];
        System.out.println(f + "\treject\t" + (p == null ? "?" : p.getLineNum() + ":" + p.getColumnNum()) + "\t" + msg);
      } catch (Throwable th) {
        System.out.println(f + "\terror\t" + th);
      }
    }
  }
}
