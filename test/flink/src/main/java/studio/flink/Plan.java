package studio.flink;

import org.apache.flink.table.api.ExplainDetail;
import org.apache.flink.table.api.TableEnvironment;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * Flink's optimized physical plan of each file's query (its last SELECT / INSERT), with changelog
 * modes: what `flinksql explain` is compared with (test/flink/plan.mjs). DDL and SET run first,
 * in a fresh streaming TableEnvironment per file (parallelism 1, mini-batch off, as the oracle).
 *
 * usage: Plan FILE.sql...   prints "== FILE" then the plan (or "ERROR class: message")
 */
public final class Plan {
    public static void main(String[] args) throws Exception {
        for (String file : args) {
            System.out.println("== " + file);
            TableEnvironment env = Explain.newEnv(false);
            String plan = null;
            try {
                for (String s : Statements.split(Files.readString(Paths.get(file)))) {
                    String head = Statements.firstWord(s).toUpperCase(Locale.ROOT);
                    if (List.of("SELECT", "WITH", "VALUES", "(", "INSERT").contains(head)) {
                        plan = env.explainSql(s, ExplainDetail.CHANGELOG_MODE);
                    } else {
                        Explain.verdict(env, s);
                    }
                }
                if (plan != null) {
                    int at = plan.indexOf("== Optimized Physical Plan ==");
                    int end = plan.indexOf("== Optimized Execution Plan ==");
                    System.out.println(plan.substring(at + 30, end < 0 ? plan.length() : end).strip());
                }
            } catch (Throwable t) {
                Throwable shown = t;
                while (shown.getCause() != null && shown.getCause().getMessage() != null) shown = shown.getCause();
                System.out.println("ERROR " + shown.getClass().getName() + ": " + String.valueOf(shown.getMessage()).split("\n")[0]);
            }
        }
        System.exit(0);
    }
}
