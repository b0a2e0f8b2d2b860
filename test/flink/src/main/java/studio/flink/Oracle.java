package studio.flink;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;

import java.net.URI;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs case folders (../shared/cases/README.md) on a real Flink MiniCluster, one after another
 * in this JVM, and writes each case's changelog to OUT/<case>.txt.
 *
 * usage: Oracle --out DIR [--repeat N] CASE_DIR...
 * With --repeat N every case runs N times; when the runs differ, OUT/<case>.unstable lists them.
 * stdout: one line per case: name, milliseconds, ok|error|unstable.
 */
public final class Oracle {
    private static final Pattern PATH_OPTION = Pattern.compile("('path'\\s*=\\s*')([^']*)(')");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^CREATE\\s+(?:TEMPORARY\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([`\\w.]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SET = Pattern.compile(
            "(?is)SET\\s+'([^']*)'\\s*=\\s*'([^']*)'\\s*");
    /** CREATE [OR REPLACE] TABLE ... AS query (and REPLACE TABLE ... AS): runs a job into the new table, as INSERT does. */
    private static final Pattern CTAS = Pattern.compile("(?is)^\\s*(CREATE\\s+(OR\\s+REPLACE\\s+)?|REPLACE\\s+)TABLE\\b.*(\\)|\\bTABLE\\s+[^\\s(]+)\\s*AS\\s+(SELECT|WITH|VALUES)\\b.*");
    /** Whether a statement is CREATE [OR REPLACE] TABLE ... AS query / REPLACE TABLE ... AS query. */
    static boolean isCtas(String statement) {
        return CTAS.matcher(statement).matches();
    }

    private static int runs;

    public static void main(String[] args) throws Exception {
        Path out = null;
        int repeat = 1;
        List<Path> cases = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Paths.get(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> cases.add(Paths.get(args[i]).toAbsolutePath());
            }
        }
        if (out == null || cases.isEmpty()) {
            System.err.println("usage: Oracle --out DIR [--repeat N] CASE_DIR...");
            System.exit(2);
        }
        Files.createDirectories(out);
        if (!Boolean.getBoolean("oracle.clusterPerJob")) startCluster();
        for (Path dir : cases) {
            String name = dir.getFileName().toString();
            long t0 = System.nanoTime();
            List<List<String>> results = new ArrayList<>();
            for (int r = 0; r < repeat; r++) results.add(runCase(dir));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            List<String> first = results.get(0);
            Files.write(out.resolve(name + ".txt"), lines(first), StandardCharsets.UTF_8);
            boolean stable = results.stream().allMatch(first::equals);
            Path unstable = out.resolve(name + ".unstable");
            if (!stable) {
                StringBuilder sb = new StringBuilder();
                for (int r = 0; r < results.size(); r++) {
                    sb.append("=== run ").append(r + 1).append('\n').append(String.join("\n", results.get(r))).append('\n');
                }
                Files.writeString(unstable, sb.toString());
            } else {
                Files.deleteIfExists(unstable);
            }
            String status = !stable ? "unstable" : first.stream().anyMatch(l -> l.startsWith("ERROR ")) ? "error" : "ok";
            System.out.println(name + "\t" + ms + "\t" + status);
            System.out.flush();
        }
        System.exit(0);
    }

    /**
     * One MiniCluster for all cases (a MiniCluster per job costs about a second); the table
     * environments submit to it through its REST endpoint, in this same JVM.
     */
    static void startCluster() throws Exception {
        Configuration c = new Configuration();
        c.setString("rest.bind-port", "0");
        c.setString("rest.address", "127.0.0.1");
        c.setString("rest.bind-address", "127.0.0.1");
        c.setString("jobmanager.bind-host", "127.0.0.1");
        c.setString("taskmanager.bind-host", "127.0.0.1");
        c.setString("taskmanager.host", "127.0.0.1");
        c.setString("taskmanager.memory.network.min", "64 mb");
        c.setString("taskmanager.memory.network.max", "64 mb");
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(c)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(4)
                .build());
        cluster.start();
        URI rest = cluster.getRestAddress().get();
        clusterConf = new Configuration();
        clusterConf.setString("execution.target", "remote");
        clusterConf.setString("rest.address", rest.getHost());
        clusterConf.setString("rest.port", String.valueOf(rest.getPort()));
    }

    static Configuration clusterConf;
    /** System.nanoTime() of the first row a query's collect() returned in the current run (0: none yet); for bench. */
    static volatile long firstRowNanos;

    private static List<String> lines(List<String> rows) {
        return rows;
    }

    static List<String> runCase(Path dir) throws IOException {
        String runId = dir.getFileName() + "#" + (++runs);
        Path tmp = Files.createTempDirectory("oracle-case-");
        List<String> out = new ArrayList<>();
        try {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (!Files.isRegularFile(f)) continue;
                    String fn = f.getFileName().toString();
                    if (fn.endsWith(".csv")) {
                        List<String> l = Files.readAllLines(f, StandardCharsets.UTF_8);
                        Files.write(tmp.resolve(fn), l.isEmpty() ? l : l.subList(1, l.size()), StandardCharsets.UTF_8);
                    } else {
                        Files.copy(f, tmp.resolve(fn));
                    }
                }
            }
            String sql = Files.readString(dir.resolve("query.sql"));
            Matcher m = PATH_OPTION.matcher(sql);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String p = m.group(2);
                String abs = Paths.get(p).isAbsolute() ? p : tmp.resolve(p).toString();
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + abs + m.group(3)));
            }
            m.appendTail(sb);
            List<String> statements = Statements.split(sb.toString());
            List<String> order = new ArrayList<>();
            for (String s : statements) {
                Matcher c = CREATE_TABLE.matcher(s);
                if (c.find()) {
                    String[] parts = c.group(1).replace("`", "").split("\\.");
                    order.add(parts[parts.length - 1]);
                }
            }
            Gates.start(runId, order);
            List<String> recorded = RecordingSink.start(runId);
            try {
                execute(runId, statements, recorded, out);
            } catch (Throwable t) {
                // A job that failed at runtime: keep what the sink consumed before the failure
                // (the rows a user saw), then the error. Planning rejections have no rows.
                if (out.isEmpty()) {
                    synchronized (recorded) {
                        out.addAll(recorded);
                    }
                }
                Throwable shown = t;
                // As the SQL client shows an error: the deepest cause that has a message.
                while (shown.getCause() != null && shown.getCause().getMessage() != null) shown = shown.getCause();
                String msg = String.valueOf(shown.getMessage());
                int nl = msg.indexOf('\n');
                out.add("ERROR " + shown.getClass().getName());
                out.add((nl >= 0 ? msg.substring(0, nl) : msg).stripTrailing());
                if (System.getProperty("oracle.trace") != null) t.printStackTrace();
            } finally {
                Gates.end(runId);
                RecordingSink.end(runId);
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        return out;
    }

    private static void execute(String runId, List<String> statements, List<String> recorded, List<String> out)
            throws Exception {
        Configuration conf = new Configuration();
        conf.setString("parallelism.default", "1");
        conf.setString("execution.buffer-timeout.interval", "0 ms");
        conf.setString("pipeline.auto-watermark-interval", "0 ms");
        conf.setString("table.exec.mini-batch.enabled", "false");
        conf.setString("rest.bind-port", "0");
        if (clusterConf != null) conf.addAll(clusterConf);
        TableEnvironment env = TableEnvironment.create(EnvironmentSettings.newInstance()
                .inStreamingMode()
                .withBuiltInCatalogName("oracle_builtin")
                .withConfiguration(conf)
                .build());
        env.registerCatalog("default_catalog", new StudioCatalog(runId));
        env.useCatalog("default_catalog");
        for (int i = 0; i < statements.size(); i++) {
            String s = statements.get(i);
            boolean last = i == statements.size() - 1;
            String head = Statements.firstWord(s).toUpperCase(Locale.ROOT);
            Matcher set = SET.matcher(s);
            if (set.matches()) {
                // SET is a SQL client / gateway statement; TableEnvironment.executeSql rejects it.
                env.getConfig().getConfiguration().setString(set.group(1), set.group(2));
                continue;
            }
            boolean ctas = isCtas(s);
            if (!last || !(head.equals("SELECT") || head.equals("WITH") || head.equals("VALUES")
                    || head.equals("(") || head.equals("INSERT") || head.equals("EXECUTE") || head.equals("BEGIN") || ctas)) {
                env.executeSql(s);
                continue;
            }
            TableResult result = env.executeSql(s);
            if (head.equals("INSERT") || head.equals("EXECUTE") || head.equals("BEGIN") || ctas) {
                result.await();
                synchronized (recorded) {
                    out.addAll(recorded);
                }
            } else {
                try (CloseableIterator<Row> it = result.collect()) {
                    while (it.hasNext()) {
                        Row row = it.next();
                        if (firstRowNanos == 0) firstRowNanos = System.nanoTime();
                        out.add(row.toString());
                    }
                }
            }
        }
    }
}
