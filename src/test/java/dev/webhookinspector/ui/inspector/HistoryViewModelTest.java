package dev.webhookinspector.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.history.HistoryRecorder;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.ui.InlineTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The History tab's and header's state without a toolkit: first fetches, the diff's pickers, a store that cannot be written. */
class HistoryViewModelTest {
    private static SandboxFetch sandbox;

    @BeforeAll static void start() { sandbox = new SandboxFetch(); }

    @AfterAll static void stop() { sandbox.close(); }

    private static void showRecorded(InspectorViewModel vm, HistoryService history, FetchResult r) {
        vm.show(PreparedSnapshot.of(r, vm.zone()).withRecorded(Recorded.of(history.record("uv", r))));
    }

    @Test void aFirstFetchHasNoHistoryYetAndTheSecondCanBeCompared(@TempDir Path home) {
        InspectorViewModel vm = new InspectorViewModel(text -> { }, Clock.systemDefaultZone());
        try (HistoryService history = new HistoryService(() -> new HistoryRecorder(home))) {
            vm.history().setServices(new InlineTaskRunner(), history);
            showRecorded(vm, history, sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_HEALTHY));
            vm.history().load();
            assertEquals(HistoryViewModel.State.EMPTY, vm.history().stateProperty().get());
            assertTrue(vm.history().emptyTextProperty().get().contains("first fetch recorded"), vm.history().emptyTextProperty().get());
            assertEquals("", vm.header().changesProperty().get(), "nothing to compare with");

            showRecorded(vm, history, sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_HEALTHY));
            vm.history().load();
            assertEquals(HistoryViewModel.State.LOADED, vm.history().stateProperty().get());
            assertEquals(2, vm.history().times().size());
            assertEquals(vm.history().times().get(1), vm.history().fromProperty().get(), "compares the last two fetches first");
            assertEquals(vm.history().times().getFirst(), vm.history().toProperty().get());
            vm.history().fromProperty().set(vm.history().toProperty().get());
            assertEquals("Pick two different fetches to compare.", vm.history().diff().getFirst());
        }
    }

    @Test void aStoreThatCannotBeWrittenIsANoteAndTheFetchIsShown(@TempDir Path home) throws Exception {
        Path notAFolder = Files.writeString(home.resolve("taken"), "a file where the data folder should be");
        InspectorViewModel vm = new InspectorViewModel(text -> { }, Clock.systemDefaultZone());
        try (HistoryService history = new HistoryService(() -> new HistoryRecorder(notAFolder))) {
            showRecorded(vm, history, sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_HEALTHY));
            assertEquals(InspectorViewModel.Mode.SNAPSHOT, vm.modeProperty().get());
            assertTrue(vm.header().historyNoteProperty().get().startsWith("history not recorded"), vm.header().historyNoteProperty().get());
        }
    }
}
