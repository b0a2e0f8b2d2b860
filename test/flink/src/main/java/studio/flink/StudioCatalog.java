package studio.flink;

import org.apache.flink.table.catalog.GenericInMemoryCatalog;
import org.apache.flink.table.factories.Factory;

import java.util.Optional;

/** Flink's in-memory catalog, named default_catalog, whose tables come from StudioFactory. */
final class StudioCatalog extends GenericInMemoryCatalog {
    private final StudioFactory factory;

    StudioCatalog(String runId) {
        super("default_catalog", "default_database");
        this.factory = new StudioFactory(runId);
    }

    @Override
    public Optional<Factory> getFactory() {
        return Optional.of(factory);
    }
}
