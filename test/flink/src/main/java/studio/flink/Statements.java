package studio.flink;

import java.util.ArrayList;
import java.util.List;

/** Splits a SQL script at ';' outside quotes and comments; drops comments-only pieces. */
final class Statements {
    static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
                cur.append('\n');
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*' && !(i + 2 < n && sql.charAt(i + 2) == '+')) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                cur.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == c) {
                        if (j + 1 < n && sql.charAt(j + 1) == c) { j += 2; continue; }
                        break;
                    }
                    j++;
                }
                cur.append(sql, i, Math.min(j + 1, n));
                i = j;
            } else if (c == ';' && !insideStatementSet(cur)) {
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static final java.util.regex.Pattern SET_OPEN = java.util.regex.Pattern.compile("(?is)^\\s*EXECUTE\\s+STATEMENT\\s+SET\\s+BEGIN\\b.*");
    private static final java.util.regex.Pattern SET_CLOSED = java.util.regex.Pattern.compile("(?is).*\\bEND\\s*$");

    /** Inside EXECUTE STATEMENT SET BEGIN ... END, whose INSERTs end with ';' too. */
    private static boolean insideStatementSet(StringBuilder cur) {
        return SET_OPEN.matcher(cur).matches() && !SET_CLOSED.matcher(cur).matches();
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
    }

    static String firstWord(String s) {
        if (s.startsWith("(")) return "(";
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
        return s.substring(0, i);
    }
}
