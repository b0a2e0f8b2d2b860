package studio.flink;

import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.internal.TableEnvironmentInternal;
import org.apache.flink.table.operations.CollectModifyOperation;
import org.apache.flink.table.operations.ModifyOperation;
import org.apache.flink.table.operations.Operation;
import org.apache.flink.table.operations.QueryOperation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flink's optimized physical plan of each file's query (its last SELECT / INSERT), with each
 * node's changelog mode and upsert keys: what `flinksql explain` is compared with
 * (test/flink/plans.mjs). DDL and SET run first, in a fresh streaming TableEnvironment per file
 * (parallelism 1, mini-batch off unless the file SETs it, as the oracle).
 *
 * The plan is the one explainSql(s, CHANGELOG_MODE) prints under "== Optimized Physical Plan =="
 * (the planner's own getExplainGraphs), but a query's is the plan executeSql runs: the query into
 * the collect sink, `Sink(table=[*anonymous_collect$1*], ...)`. Each node is named by the ExecNode
 * it runs as (the "Optimized Execution Plan"'s names: a deduplicating Rank is `Deduplicate`, ORDER
 * BY + LIMIT `SortLimit`). It is written by the planner's RelTreeWriterImpl with withUpsertKey on,
 * as Flink's planner tests print it: `..., changelogMode=[I,UB,UA], upsertKeys=[[a], [b, c]])`.
 * The planner lives in its own class loader (flink-table-planner-loader), so its classes are
 * reached by reflection.
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
                    if (List.of("SELECT", "WITH", "VALUES", "(", "INSERT").contains(head) || Oracle.isCtas(s)) {
                        plan = physicalPlan(env, s);
                    } else {
                        Explain.verdict(env, s);
                    }
                }
                if (plan != null) System.out.println(plan.strip());
            } catch (Throwable t) {
                Throwable shown = t;
                while (shown.getCause() != null && shown.getCause().getMessage() != null) shown = shown.getCause();
                System.out.println("ERROR " + shown.getClass().getName() + ": " + String.valueOf(shown.getMessage()).split("\n")[0]);
            }
        }
        System.exit(0);
    }

    /** The optimized physical plan of one query / INSERT, with changelog modes and upsert keys. */
    static String physicalPlan(TableEnvironment env, String statement) throws Exception {
        TableEnvironmentInternal internal = (TableEnvironmentInternal) env;
        List<Operation> ops = new ArrayList<>(internal.getParser().parse(statement));
        // A query runs into the collect sink (executeSql's CollectModifyOperation, what the SQL
        // client and the oracle run): its changelog modes are decided by that sink, not by
        // explainSql's bare query, which takes UPDATE_AFTER only wherever a node allows it.
        if (ops.size() == 1 && ops.get(0) instanceof QueryOperation q) ops.set(0, new CollectModifyOperation(q));
        Object planner = call(internal, "getPlanner");
        ClassLoader cl = planner.getClass().getClassLoader();
        if (ops.size() != 1 || !(ops.get(0) instanceof ModifyOperation)) throw new IllegalArgumentException("not one query or INSERT: " + ops);
        // the graphs explainSql prints (translateToPlan included: code generation has errors of its own)
        Object graphs = call(planner, "getExplainGraphs", ops);
        Object optimized = call(graphs, "_2");
        Object execGraph = call(graphs, "_3");
        // the ExecNodes the physical nodes translate to, in the same pre-order (a Rank that
        // deduplicates runs as a StreamExecDeduplicate): each line is named by its ExecNode
        List<String> execNames = new ArrayList<>();
        for (Object root : (List<?>) call(execGraph, "getRootNodes")) execNames(root, execNames);
        Class<?> level = Class.forName("org.apache.calcite.sql.SqlExplainLevel", true, cl);
        Object digest = enumValue(level, "DIGEST_ATTRIBUTES");
        Class<?> writerClass = Class.forName("org.apache.flink.table.planner.plan.utils.RelTreeWriterImpl", true, cl);
        Class<?> relWriter = Class.forName("org.apache.calcite.rel.RelWriter", true, cl);
        Constructor<?> ctor = null;
        for (Constructor<?> c : writerClass.getConstructors()) if (c.getParameterCount() == 12) ctor = c;
        if (ctor == null) throw new IllegalStateException("RelTreeWriterImpl: no 12-argument constructor in this Flink");
        StringBuilder out = new StringBuilder();
        int n = (Integer) call(optimized, "length");
        for (int i = 0; i < n; i++) {
            Object rel = call(optimized, "apply", i);
            StringWriter sw = new StringWriter();
            PrintWriter pw = new PrintWriter(sw);
            // pw, explainLevel, withIdPrefix, withChangelogTraits, withRowType, withTreeStyle,
            // withUpsertKey, withQueryHint, withQueryBlockAlias, statementNum, withAdvice,
            // withDuplicateChangesTrait
            Object writer = ctor.newInstance(pw, digest, false, true, false, true, true, true, false, 1, false, false);
            Method explain = rel.getClass().getMethod("explain", relWriter);
            explain.invoke(rel, writer);
            pw.flush();
            out.append(sw).append('\n');
        }
        String[] lines = out.toString().split("\n");
        List<String> nonEmpty = new ArrayList<>();
        for (String l : lines) if (!l.isBlank()) nonEmpty.add(l);
        if (nonEmpty.size() == execNames.size()) {
            for (int i = 0; i < nonEmpty.size(); i++) {
                String l = nonEmpty.get(i);
                int at = 0;
                while (at < l.length() && !Character.isLetter(l.charAt(at))) at++;
                int paren = l.indexOf('(', at);
                String physical = paren < 0 ? l.substring(at) : l.substring(at, paren);
                String exec = execNames.get(i);
                if (!exec.equals(physical)) nonEmpty.set(i, l.substring(0, at) + exec + (paren < 0 ? "" : l.substring(paren)));
            }
            return String.join("\n", nonEmpty) + "\n";
        }
        return out.toString();
    }

    /** Pre-order names of an ExecNode tree: StreamExecDeduplicate -> Deduplicate. */
    private static void execNames(Object node, List<String> out) throws Exception {
        String name = node.getClass().getSimpleName();
        out.add(name.startsWith("StreamExec") ? name.substring(10) : name.startsWith("BatchExec") ? name.substring(9) : name);
        for (Object edge : (List<?>) call(node, "getInputEdges")) execNames(call(edge, "getSource"), out);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> e, String name) {
        return Enum.valueOf((Class) e, name);
    }

    /** Calls the public method of that name whose parameters take the arguments (boxed for primitives). */
    private static Object call(Object target, String name, Object... args) throws Exception {
        List<Method> found = new ArrayList<>();
        for (Method m : target.getClass().getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != args.length) continue;
            boolean fits = true;
            Class<?>[] types = m.getParameterTypes();
            for (int i = 0; i < args.length; i++) {
                Class<?> t = types[i] == boolean.class ? Boolean.class : types[i] == int.class ? Integer.class : types[i];
                if (args[i] != null && !t.isInstance(args[i])) fits = false;
            }
            if (fits) found.add(m);
        }
        if (found.isEmpty()) throw new NoSuchMethodException(target.getClass().getName() + "." + name);
        Method m = found.get(0);
        m.setAccessible(true);
        return m.invoke(target, args);
    }
}
