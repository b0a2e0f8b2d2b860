package studio.flink;

import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.table.connector.sink.DynamicTableSink;
import org.apache.flink.table.connector.sink.SinkV2Provider;
import org.apache.flink.table.connector.source.DynamicTableSource;
import org.apache.flink.table.connector.source.SourceProvider;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.factories.DynamicTableSinkFactory;
import org.apache.flink.table.factories.DynamicTableSourceFactory;
import org.apache.flink.table.factories.FactoryUtil;
import org.apache.flink.table.types.DataType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The catalog's factory (Catalog#getFactory is preferred by the planner over discovery). It
 * finds the real connector factory by the 'connector' option and lets it create the real
 * source or sink, so validation, abilities and changelog modes are Flink's own. It then swaps
 * only runtime parts: a filesystem source's reader is gated (arrival order) and every sink's
 * writer records what it consumes.
 */
final class StudioFactory implements DynamicTableSourceFactory, DynamicTableSinkFactory {
    private final String runId;

    StudioFactory(String runId) {
        this.runId = runId;
    }

    @Override public String factoryIdentifier() { return "oracle"; }
    @Override public Set<ConfigOption<?>> requiredOptions() { return Collections.emptySet(); }
    @Override public Set<ConfigOption<?>> optionalOptions() { return Collections.emptySet(); }

    private static String connector(Context ctx) {
        return ctx.getCatalogTable().getOptions().get(FactoryUtil.CONNECTOR.key());
    }

    @Override
    public DynamicTableSource createDynamicTableSource(Context ctx) {
        DynamicTableSourceFactory real = FactoryUtil.discoverFactory(
                ctx.getClassLoader(), DynamicTableSourceFactory.class, connector(ctx));
        DynamicTableSource source = real.createDynamicTableSource(ctx);
        if (!"filesystem".equals(connector(ctx))) return source;
        return gated(source, ctx.getObjectIdentifier().getObjectName());
    }

    @Override
    public DynamicTableSink createDynamicTableSink(Context ctx) {
        DynamicTableSinkFactory real = FactoryUtil.discoverFactory(
                ctx.getClassLoader(), DynamicTableSinkFactory.class, connector(ctx));
        return recording(real.createDynamicTableSink(ctx), ctx.getPhysicalRowDataType(), "upsert-kafka".equals(connector(ctx)));
    }

    private static Class<?>[] interfaces(Object o) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) addAll(c, all);
        return all.toArray(new Class<?>[0]);
    }

    private static void addAll(Class<?> c, Set<Class<?>> all) {
        for (Class<?> i : c.getInterfaces()) {
            if (all.add(i)) addAll(i, all);
        }
    }

    private static Object call(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            m.setAccessible(true);
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private DynamicTableSource gated(DynamicTableSource real, String table) {
        return (DynamicTableSource) Proxy.newProxyInstance(
                real.getClass().getClassLoader(), interfaces(real), (p, m, args) -> {
                    switch (m.getName()) {
                        case "copy":
                            return gated((DynamicTableSource) call(real, m, args), table);
                        case "getScanRuntimeProvider": {
                            Object provider = call(real, m, args);
                            Gates.of(runId).markUsed(table);
                            if (provider instanceof SourceProvider sp) {
                                @SuppressWarnings({"unchecked", "rawtypes"})
                                Source<RowData, ?, ?> src = new GatedSource(sp.createSource(), runId, table);
                                return SourceProvider.of(src, sp.getParallelism().orElse(null));
                            }
                            throw new IllegalStateException("oracle: cannot gate " + provider.getClass());
                        }
                        default:
                            return call(real, m, args);
                    }
                });
    }

    private DynamicTableSink recording(DynamicTableSink real, DataType physical, boolean upsertKafka) {
        return (DynamicTableSink) Proxy.newProxyInstance(
                real.getClass().getClassLoader(), interfaces(real), (p, m, args) -> {
                    switch (m.getName()) {
                        case "copy":
                            return recording((DynamicTableSink) call(real, m, args), physical, upsertKafka);
                        case "getSinkRuntimeProvider": {
                            DynamicTableSink.Context c = (DynamicTableSink.Context) args[0];
                            return SinkV2Provider.of(new RecordingSink(c.createDataStructureConverter(physical), runId, upsertKafka));
                        }
                        default:
                            return call(real, m, args);
                    }
                });
    }
}
