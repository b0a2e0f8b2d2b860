// Flink 2.3.0's own parser as an oracle for the project's parser corpus (not run by npm test).
// Usage: java -cp "$(node test/parser/oracle/classpath.mjs)" test/parser/oracle/FlinkParse.java FILE...
// Prints per file: `accept` or `reject<TAB>line:col<TAB>message first line`. Each file holds one statement,
// parsed as Flink's ParserImpl does (SqlParser.parseStmtList, after ExtendedParser's SET/RESET/HELP/...).
// With `--texts FILE`: FILE holds many statements separated by NUL characters; one verdict line each
// (test/flink/prefixes.mjs).
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

  static final SqlParser.Config CFG = SqlParser.config()
      .withParserFactory(FlinkSqlParserImpl.FACTORY)
      .withConformance(FlinkSqlConformance.DEFAULT)
      .withLex(Lex.JAVA)
      .withIdentifierMaxLength(256);

  /** `accept`, or `reject<TAB>line:col<TAB>message first line` (`?` when Flink gives no position). */
  static String verdict(String sql) {
    String stmt = sql.replaceAll("[\\s;]+$", "");
    // Flink's ExtendedParser (SQL client commands) is tried first, on the trimmed text
    String t = stmt.trim();
    if (SET.matcher(t).matches() || RESET.matcher(t).matches() || CLIENT.matcher(t).matches()) return "accept";
    try {
      // as Flink's ParserImpl.parse: parseSqlList, so a statement may end with `;` (the SQL client's
      // statements do), and a text that ends in `;` inside EXECUTE STATEMENT SET BEGIN ... fails at it
      if (SqlParser.create(sql.replaceAll("\\s+$", ""), CFG).parseStmtList().size() != 1) return "error\tnot one statement";
      return "accept";
    } catch (SqlParseException e) {
      SqlParserPos p = e.getPos();
      // a few failures (an operator the precedence parser cannot reduce) come without a message
      String msg = (e.getMessage() != null ? e.getMessage() : String.valueOf(e.getCause())).split("\n")[0].replace('\t', ' ');
      return "reject\t" + (p == null ? "?" : p.getLineNum() + ":" + p.getColumnNum()) + "\t" + msg;
    } catch (Throwable th) {
      return "error\t" + th;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--texts")) {
      // many statements in one file, separated by NUL characters: one verdict line each
      for (String sql : Files.readString(Path.of(args[1])).split("\u0000", -1)) System.out.println(verdict(sql));
      return;
    }
    for (String f : args) System.out.println(f + "\t" + verdict(Files.readString(Path.of(f))));
  }
}
