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
    static final long PAUSE_MS = Long.getLong("oracle.pauseMs", 150);
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
            else TIMER.schedule(() -> f.complete(null), PAUSE_MS, TimeUnit.MILLISECONDS);
        }
    }
}
