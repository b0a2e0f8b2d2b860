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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flink's verdict on every statement of SQL documents (the diagnostic fixtures), without running
 * anything: a fresh TableEnvironment per document (streaming, default in-memory catalog); DDL and
 * other statements go to executeSql in document order, a query / INSERT to explainSql, a statement
 * set to {@code EXPLAIN STATEMENT SET ...} (the planner's full optimization, sink changelog checks included).
 *
 * usage: Explain IN.json OUT.json
 * IN: [{"file": "...", "statements": ["...", ...]}, ...]
 * OUT: [{"file": "...", "verdicts": [{"ok": true} | {"ok": false, "error": "class", "message": "..."}]}]
 */
public final class Explain {
    private static final Pattern CLIENT_SET = Pattern.compile("(?is)(BEGIN\\s+STATEMENT\\s+SET|END)");

    private static final Pattern RUNTIME_MODE = Pattern.compile("(?is)SET\\s+'execution\\.runtime-mode'\\s*=\\s*'(\\w+)'");
    private static final Pattern MISSING_FACTORY = Pattern.compile("Could not find any (?:format )?factory for identifier '([^']+)'");
    /** Connectors and formats of Flink's ecosystem that are not on the harness's classpath. */
    private static final Set<String> ABSENT = Set.of("jdbc", "elasticsearch-6", "elasticsearch-7", "opensearch", "opensearch-2",
            "hbase-1.4", "hbase-2.2", "mongodb", "pulsar", "kinesis", "firehose", "dynamodb", "hive", "paimon", "iceberg",
            "avro-confluent", "debezium-avro-confluent", "protobuf", "parquet", "orc", "mysql-cdc", "postgres-cdc");

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode in = json.readTree(Files.readString(Paths.get(args[0])));
        ArrayNode out = json.createArrayNode();
        for (JsonNode doc : in) {
            ObjectNode o = out.addObject();
            o.put("file", doc.get("file").asText());
            ArrayNode verdicts = o.putArray("verdicts");
            TableEnvironment env = newEnv(false);
            // statements that changed the environment, replayed when a SET changes the runtime
            // mode (the SQL client allows that; a TableEnvironment fixes its mode when created)
            List<String> done = new ArrayList<>();
            for (JsonNode st : doc.get("statements")) {
                String s = st.asText();
                ObjectNode v = verdicts.addObject();
                try {
                    Matcher mode = RUNTIME_MODE.matcher(s);
                    if (mode.matches()) {
                        env = newEnv(mode.group(1).equalsIgnoreCase("batch"));
                        for (String d : done) {
                            try { verdict(env, d); } catch (Throwable ignored) { /* it failed the first time too */ }
                        }
                    } else {
                        verdict(env, s);
                    }
                    String head = Statements.firstWord(s).toUpperCase(Locale.ROOT);
                    if (!List.of("SELECT", "WITH", "VALUES", "(", "INSERT", "EXECUTE", "STATEMENT").contains(head) && !mode.matches()) done.add(s);
                    v.put("ok", true);
                } catch (Throwable t) {
                    Throwable shown = t;
                    // As the SQL client shows an error: the deepest cause that has a message.
                    while (shown.getCause() != null && shown.getCause().getMessage() != null) shown = shown.getCause();
                    String msg = String.valueOf(shown.getMessage()).strip().replaceAll("\\s*\\n\\s*", " ");
                    Matcher missing = MISSING_FACTORY.matcher(msg);
                    if (missing.find() && ABSENT.contains(missing.group(1))) {
                        // a real connector / format this harness does not carry: no verdict
                        v.put("skipped", missing.group(1));
                        continue;
                    }
                    v.put("ok", false);
                    v.put("error", shown.getClass().getName());
                    v.put("message", msg.length() > 400 ? msg.substring(0, 400) + "…" : msg);
                }
            }
        }
        Files.writeString(Paths.get(args[1]), json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        System.exit(0);
    }

    static TableEnvironment newEnv(boolean batch) {
        Configuration conf = new Configuration();
        conf.setString("execution.runtime-mode", batch ? "batch" : "streaming");
        conf.setString("parallelism.default", "1");
        conf.setString("table.exec.mini-batch.enabled", "false");
        return TableEnvironment.create(EnvironmentSettings.newInstance().withConfiguration(conf).build());
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
            // explainSql parses the statement as written, so Flink's positions are the statement's own
            case "SELECT", "WITH", "VALUES", "(", "INSERT" -> env.explainSql(s);
            // EXECUTE STATEMENT SET BEGIN ... END / EXECUTE INSERT ...: EXPLAIN what follows EXECUTE
            case "EXECUTE" -> env.executeSql("EXPLAIN " + s.substring("EXECUTE".length()).strip());
            case "STATEMENT" -> env.executeSql("EXPLAIN " + s);
            default -> env.executeSql(s);
        }
    }
}
