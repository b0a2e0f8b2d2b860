package studio.flink;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.table.connector.RuntimeConverter;
import org.apache.flink.table.connector.sink.DynamicTableSink.DataStructureConverter;
import org.apache.flink.table.data.RowData;
import org.apache.flink.types.Row;
import org.apache.flink.types.RowKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The writer swapped into a sink: records every row the sink consumes, as Row.toString(). */
final class RecordingSink implements Sink<RowData> {
    private static final long serialVersionUID = 1L;
    private static final Map<String, List<String>> RECORDED = new ConcurrentHashMap<>();

    private final DataStructureConverter converter;
    private final String runId;
    private final boolean upsertTombstones;

    /**
     * upsertTombstones: the upsert-kafka writer (DynamicKafkaRecordSerializationSchema in upsert
     * mode) turns UPDATE_BEFORE as well as DELETE into a tombstone, so the topic receives a
     * delete; record -U as -D for it.
     */
    RecordingSink(DataStructureConverter converter, String runId, boolean upsertTombstones) {
        this.converter = converter;
        this.runId = runId;
        this.upsertTombstones = upsertTombstones;
    }

    static List<String> start(String runId) {
        List<String> l = Collections.synchronizedList(new ArrayList<>());
        RECORDED.put(runId, l);
        return l;
    }

    static void end(String runId) {
        RECORDED.remove(runId);
    }

    @Override
    public SinkWriter<RowData> createWriter(WriterInitContext ctx) {
        converter.open(RuntimeConverter.Context.create(RecordingSink.class.getClassLoader()));
        List<String> out = RECORDED.get(runId);
        return new SinkWriter<>() {
            @Override public void write(RowData row, Context c) {
                Row r = (Row) converter.toExternal(row);
                RowKind kind = row.getRowKind();
                if (upsertTombstones && kind == RowKind.UPDATE_BEFORE) kind = RowKind.DELETE;
                r.setKind(kind);
                out.add(r.toString());
            }
            @Override public void flush(boolean endOfInput) {}
            @Override public void close() {}
        };
    }
}
