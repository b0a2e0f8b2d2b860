package studio.flink;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Timings for bench/flink.mjs, on the oracle's MiniCluster (started once, not timed; nor is the
 * JVM start). A case is timed from just before its TableEnvironment is created (the oracle's
 * runCase: temp copy of the CSVs, environment, DDL, planning, job submission over REST,
 * execution, collect()) to the first row collect() returns and to the end of the result.
 *
 * usage: Bench [--rounds N] [--sql FILE]... CASE_DIR...
 * stdout per case and round: "case NAME ROUND FIRST_MS TOTAL_MS ROWS"; per --sql file (statements
 * run in order on a plain TableEnvironment; an INSERT is awaited): "sql FILE TOTAL_MS".
 */
public final class Bench {
    public static void main(String[] args) throws Exception {
        int rounds = 2;
        List<Path> cases = new ArrayList<>();
        List<Path> sqls = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--sql" -> sqls.add(Paths.get(args[++i]).toAbsolutePath());
                default -> cases.add(Paths.get(args[i]).toAbsolutePath());
            }
        }
        Oracle.startCluster();
        for (int r = 1; r <= rounds; r++) {
            for (Path dir : cases) {
                Oracle.firstRowNanos = 0;
                long t0 = System.nanoTime();
                List<String> rows = Oracle.runCase(dir);
                long t1 = System.nanoTime();
                long first = Oracle.firstRowNanos == 0 ? -1 : (Oracle.firstRowNanos - t0) / 1_000_000;
                System.out.println("case\t" + dir.getFileName() + "\t" + r + "\t" + first + "\t" + (t1 - t0) / 1_000_000 + "\t" + rows.size());
                System.out.flush();
            }
        }
        for (Path f : sqls) {
            long t0 = System.nanoTime();
            Configuration conf = new Configuration();
            conf.setString("parallelism.default", "1");
            conf.setString("table.exec.mini-batch.enabled", "false");
            conf.addAll(Oracle.clusterConf);
            TableEnvironment env = TableEnvironment.create(EnvironmentSettings.newInstance()
                    .inStreamingMode().withConfiguration(conf).build());
            for (String s : Statements.split(Files.readString(f))) {
                var result = env.executeSql(s);
                if (Statements.firstWord(s).equalsIgnoreCase("INSERT")) result.await();
            }
            System.out.println("sql\t" + f + "\t" + (System.nanoTime() - t0) / 1_000_000);
            System.out.flush();
        }
        System.exit(0);
    }
}
