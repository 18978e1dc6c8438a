package dev.webhookinspector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.model.FailureGroup;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.Provider;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The core's hot paths on the 10,000-failure Ultravox webhook: mapping its body, masking it, grouping its failures. */
@State(Scope.Benchmark)
public class CoreBench {
    private Provider provider;
    private JsonNode body;
    private Snapshot snapshot;

    @Setup public void fetch() throws Exception {
        provider = TenThousandFailures.provider();
        snapshot = TenThousandFailures.fetch().snapshot();
        body = snapshot.raw();
    }

    /** The parsed response body to a snapshot, through the public Provider interface. */
    @Benchmark public Snapshot mapUltravoxBody() {
        return provider.toSnapshot(TenThousandFailures.ID, body);
    }

    /** Every string of the snapshot (10,000 failure messages included) through the secrets' Redactor. */
    @Benchmark public Snapshot maskSnapshot() {
        return snapshot.masked();
    }

    /** The raw JSON copied with every secret masked, as the Raw and Fields panels show it. */
    @Benchmark public JsonNode maskRawJson() {
        return snapshot.maskedRaw();
    }

    @Benchmark public List<FailureGroup> groupFailures() {
        return FailureGroup.of(snapshot.failures());
    }
}
