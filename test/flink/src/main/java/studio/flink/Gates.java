package studio.flink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The arrival order of a case (cases README, convention 1): the scanned sources are read one
 * after another in CREATE TABLE order. A source's gate opens once every scanned source created
 * before it has reported end of input, plus a short pause so that its last rows and its final
 * watermark have travelled through the whole job. The MiniCluster runs in this JVM with the
 * application class loader as parent, so this static registry is shared with the tasks.
 */
final class Gates {
    static final long PAUSE_MS = Long.getLong("oracle.pauseMs", 20);
    private static final Map<String, Gates> RUNS = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "oracle-gates");
                t.setDaemon(true);
                return t;
            });

    private final List<String> order;
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> running = new HashMap<>();
    private final Set<String> finished = new HashSet<>();
    private final Map<String, CompletableFuture<Void>> opened = new HashMap<>();
    private final Set<String> scheduled = new HashSet<>();

    private Gates(List<String> order) {
        this.order = new ArrayList<>(order);
    }

    static Gates start(String runId, List<String> order) {
        Gates g = new Gates(order);
        RUNS.put(runId, g);
        return g;
    }

    static Gates of(String runId) {
        Gates g = RUNS.get(runId);
        if (g == null) throw new IllegalStateException("no gates for run " + runId);
        return g;
    }

    static void end(String runId) {
        RUNS.remove(runId);
    }

    /** Planning: this table is scanned by the job. */
    synchronized void markUsed(String table) {
        used.add(table);
    }

    synchronized CompletableFuture<Void> readerStarted(String table) {
        running.merge(table, 1, Integer::sum);
        CompletableFuture<Void> f = opened.computeIfAbsent(table, t -> new CompletableFuture<>());
        evaluate();
        return f;
    }

    synchronized void readerFinished(String table) {
        running.merge(table, -1, Integer::sum);
        if (running.get(table) <= 0) finished.add(table);
        evaluate();
    }

    /**
     * A finished source's rows may still sit in network buffers or be in the middle of being
     * processed downstream (a fixed pause is not enough on a loaded machine). Open the next gate
     * only once every task thread of the MiniCluster has been idle in its mailbox for
     * QUIET_CHECKS checks in a row; give up waiting after MAX_WAIT_MS.
     */
    private static void openWhenQuiet(CompletableFuture<Void> f, long since, int quiet) {
        boolean idle = tasksIdle();
        int q = idle ? quiet + 1 : 0;
        if (q >= QUIET_CHECKS) {
            f.complete(null);
        } else if ((System.nanoTime() - since) / 1_000_000 > MAX_WAIT_MS) {
            System.err.println("oracle: downstream tasks did not go idle; opening the next source anyway");
            f.complete(null);
        } else {
            TIMER.schedule(() -> openWhenQuiet(f, since, q), 10, TimeUnit.MILLISECONDS);
        }
    }

    static final int QUIET_CHECKS = 5;
    static final long MAX_WAIT_MS = 5000;
    private static final java.util.regex.Pattern TASK_THREAD = java.util.regex.Pattern.compile(".* \\(\\d+/\\d+\\)#\\d+$");

    /** The task's own thread (Task.run at the bottom), not its timer or fetcher threads. */
    private static boolean isTaskMain(StackTraceElement[] stack) {
        for (StackTraceElement el : stack) {
            if (el.getClassName().equals("org.apache.flink.runtime.taskmanager.Task") && el.getMethodName().equals("run")) return true;
        }
        return false;
    }

    static boolean tasksIdle() {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            if (!TASK_THREAD.matcher(t.getName()).matches() || !isTaskMain(e.getValue())) continue;
            Thread.State st = t.getState();
            if (st == Thread.State.TERMINATED) continue;
            if (st != Thread.State.WAITING && st != Thread.State.TIMED_WAITING) return false;
            boolean inMailbox = false;
            for (StackTraceElement el : e.getValue()) {
                if (el.getClassName().endsWith("TaskMailboxImpl") && el.getMethodName().equals("take")) {
                    inMailbox = true;
                    break;
                }
            }
            if (!inMailbox) {
                if (Boolean.getBoolean("oracle.debugQuiet")) {
                    System.err.println("not idle: " + t.getName() + " " + st + " " + java.util.Arrays.toString(java.util.Arrays.copyOf(e.getValue(), Math.min(6, e.getValue().length))));
                }
                return false;
            }
        }
        return true;
    }

    private void evaluate() {
        for (Map.Entry<String, CompletableFuture<Void>> e : opened.entrySet()) {
            String table = e.getKey();
            if (e.getValue().isDone() || scheduled.contains(table)) continue;
            int idx = order.indexOf(table);
            boolean first = true;
            boolean ready = true;
            for (int i = 0; i < idx; i++) {
                String before = order.get(i);
                if (!used.contains(before) || before.equals(table)) continue;
                first = false;
                if (!finished.contains(before)) ready = false;
            }
            if (!ready) continue;
            scheduled.add(table);
            CompletableFuture<Void> f = e.getValue();
            if (first) f.complete(null);
            else TIMER.schedule(() -> openWhenQuiet(f, System.nanoTime(), 0), PAUSE_MS, TimeUnit.MILLISECONDS);
        }
    }
}
