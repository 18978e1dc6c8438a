package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.bench.TenThousandFailures;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.ProviderDescriptor;
import java.time.Clock;
import java.time.ZoneId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The failures panel's filter over 10,000 failures: one keystroke (filter, groups, timeline, summary), averaged
 * over typing "connection refused" and clearing it again. JavaFX properties and lists only: no toolkit.
 */
@State(Scope.Benchmark)
public class FailuresFilterBench {
    private static final String TYPED = "connection refused";
    private FailuresViewModel vm;
    private Snapshot snapshot;
    private ProviderDescriptor descriptor;
    private int keystroke;
    private FailuresViewModel.Prepared prepared;

    @Setup public void show() throws Exception {
        snapshot = TenThousandFailures.fetch().snapshot();
        descriptor = TenThousandFailures.provider().descriptor();
        vm = new InspectorViewModel(text -> {}, Clock.systemDefaultZone()).failures();
        prepared = FailuresViewModel.prepare(snapshot, descriptor, ZoneId.systemDefault());
        vm.show(FailuresViewModel.prepare(snapshot, descriptor, ZoneId.systemDefault()));
    }

    /** Each call is one change of the filter text: a prefix of TYPED, then the empty text, round and round. */
    @Benchmark public int filterKeystroke() {
        keystroke = (keystroke + 1) % (TYPED.length() + 1);
        vm.filterTextProperty().set(TYPED.substring(0, keystroke));
        return vm.shownProperty().get();
    }

    /** Preparing the panel's rows, kinds, all groups and timeline: off the JavaFX thread in the app. */
    @Benchmark public int prepareSnapshot() {
        return FailuresViewModel.prepare(snapshot, descriptor, ZoneId.systemDefault()).rows().size();
    }

    /** Showing a prepared snapshot: what the JavaFX thread does. */
    @Benchmark public int showSnapshot() {
        vm.show(prepared);
        return vm.totalProperty().get();
    }
}
