package studio.flink;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.internal.TableEnvironmentInternal;
import org.apache.flink.table.operations.Operation;
import org.apache.flink.table.operations.command.SetOperation;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flink's verdict on every statement of SQL documents (the diagnostic fixtures), without running
 * anything: a fresh TableEnvironment per document (streaming, default in-memory catalog); DDL and
 * other statements go to executeSql in document order, a query / INSERT / statement set to
 * {@code EXPLAIN} (the planner's full optimization, sink changelog checks included).
 *
 * usage: Explain IN.json OUT.json
 * IN: [{"file": "...", "statements": ["...", ...]}, ...]
 * OUT: [{"file": "...", "verdicts": [{"ok": true} | {"ok": false, "error": "class", "message": "..."}]}]
 */
public final class Explain {
    private static final Pattern CLIENT_SET = Pattern.compile("(?is)(BEGIN\\s+STATEMENT\\s+SET|END)");

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode in = json.readTree(Files.readString(Paths.get(args[0])));
        ArrayNode out = json.createArrayNode();
        for (JsonNode doc : in) {
            ObjectNode o = out.addObject();
            o.put("file", doc.get("file").asText());
            ArrayNode verdicts = o.putArray("verdicts");
            TableEnvironment env = newEnv();
            for (JsonNode st : doc.get("statements")) {
                String s = st.asText();
                ObjectNode v = verdicts.addObject();
                try {
                    verdict(env, s);
                    v.put("ok", true);
                } catch (Throwable t) {
                    Throwable shown = t;
                    // As the SQL client shows an error: the deepest cause that has a message.
                    while (shown.getCause() != null && shown.getCause().getMessage() != null) shown = shown.getCause();
                    String msg = String.valueOf(shown.getMessage()).strip().replaceAll("\\s*\\n\\s*", " ");
                    v.put("ok", false);
                    v.put("error", shown.getClass().getName());
                    v.put("message", msg.length() > 400 ? msg.substring(0, 400) + "…" : msg);
                }
            }
        }
        Files.writeString(Paths.get(args[1]), json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        System.exit(0);
    }

    static TableEnvironment newEnv() {
        Configuration conf = new Configuration();
        conf.setString("parallelism.default", "1");
        conf.setString("table.exec.mini-batch.enabled", "false");
        return TableEnvironment.create(EnvironmentSettings.newInstance().inStreamingMode().withConfiguration(conf).build());
    }

    static void verdict(TableEnvironment env, String s) {
        String head = Statements.firstWord(s).toUpperCase(Locale.ROOT);
        if (head.equals("SET") || head.equals("RESET")) {
            // SQL client / gateway statements: Flink's own parser judges them (executeSql refuses
            // to run them); a SET with a key and value goes to the table config.
            Operation op = ((TableEnvironmentInternal) env).getParser().parse(s).get(0);
            if (op instanceof SetOperation so && so.getKey().isPresent() && so.getValue().isPresent()) {
                env.getConfig().getConfiguration().setString(so.getKey().get(), so.getValue().get());
            }
            return;
        }
        // The SQL client's BEGIN STATEMENT SET; ... END; : the INSERTs between are explained one by one.
        if (CLIENT_SET.matcher(s).matches()) return;
        switch (head) {
            case "SELECT", "WITH", "VALUES", "(", "INSERT" -> env.executeSql("EXPLAIN " + s);
            // EXECUTE STATEMENT SET BEGIN ... END / EXECUTE INSERT ...: EXPLAIN what follows EXECUTE
            case "EXECUTE" -> env.executeSql("EXPLAIN " + s.substring("EXECUTE".length()).strip());
            case "STATEMENT" -> env.executeSql("EXPLAIN " + s);
            default -> env.executeSql(s);
        }
    }
}
