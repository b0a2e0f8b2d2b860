package studio.flink;

import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.core.io.InputStatus;
import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The real source (FileSource), whose reader emits nothing until its gate opens. */
final class GatedSource<T, S extends SourceSplit, E> implements Source<T, S, E> {
    private static final long serialVersionUID = 1L;
    private final Source<T, S, E> delegate;
    private final String runId;
    private final String table;

    GatedSource(Source<T, S, E> delegate, String runId, String table) {
        this.delegate = delegate;
        this.runId = runId;
        this.table = table;
    }

    @Override public Boundedness getBoundedness() { return delegate.getBoundedness(); }

    @Override
    public SplitEnumerator<S, E> createEnumerator(SplitEnumeratorContext<S> ctx) throws Exception {
        return delegate.createEnumerator(ctx);
    }

    @Override
    public SplitEnumerator<S, E> restoreEnumerator(SplitEnumeratorContext<S> ctx, E chk) throws Exception {
        return delegate.restoreEnumerator(ctx, chk);
    }

    @Override public SimpleVersionedSerializer<S> getSplitSerializer() { return delegate.getSplitSerializer(); }

    @Override public SimpleVersionedSerializer<E> getEnumeratorCheckpointSerializer() {
        return delegate.getEnumeratorCheckpointSerializer();
    }

    @Override
    public SourceReader<T, S> createReader(SourceReaderContext ctx) throws Exception {
        return new Reader<>(delegate.createReader(ctx), Gates.of(runId), table);
    }

    static final class Reader<T, S extends SourceSplit> implements SourceReader<T, S> {
        private final SourceReader<T, S> delegate;
        private final Gates gates;
        private final String table;
        private CompletableFuture<Void> gate;
        private boolean ended;

        Reader(SourceReader<T, S> delegate, Gates gates, String table) {
            this.delegate = delegate;
            this.gates = gates;
            this.table = table;
        }

        @Override public void start() {
            gate = gates.readerStarted(table);
            delegate.start();
        }

        @Override public InputStatus pollNext(ReaderOutput<T> out) throws Exception {
            if (!gate.isDone()) return InputStatus.NOTHING_AVAILABLE;
            InputStatus s = delegate.pollNext(out);
            if (s == InputStatus.END_OF_INPUT && !ended) {
                ended = true;
                gates.readerFinished(table);
            }
            return s;
        }

        @Override public CompletableFuture<Void> isAvailable() {
            if (!gate.isDone()) return gate;
            return delegate.isAvailable();
        }

        @Override public List<S> snapshotState(long id) { return delegate.snapshotState(id); }
        @Override public void addSplits(List<S> splits) { delegate.addSplits(splits); }
        @Override public void notifyNoMoreSplits() { delegate.notifyNoMoreSplits(); }
        @Override public void handleSourceEvents(SourceEvent e) { delegate.handleSourceEvents(e); }
        @Override public void notifyCheckpointComplete(long id) throws Exception { delegate.notifyCheckpointComplete(id); }
        @Override public void pauseOrResumeSplits(Collection<String> p, Collection<String> r) { delegate.pauseOrResumeSplits(p, r); }
        @Override public void close() throws Exception { delegate.close(); }
    }
}
