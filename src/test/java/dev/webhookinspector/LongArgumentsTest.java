package dev.webhookinspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.cli.CliRun;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.LaunchOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Arguments far longer than anything the app takes are refused in one line that does not repeat them,
 * below the length at which the packaged Linux launcher itself crashes (about 61 KB in total).
 */
class LongArgumentsTest {
    static final String HUGE = "a".repeat(60_000);

    @Test
    void theCommandLineRefusesAnOverLongArgumentWithoutRepeatingIt() {
        CliRun r = CliRun.run(Map.of("WEBHOOK_INSPECTOR_API_KEY", "k"), "get", HUGE, "--provider", "v0", "--base-url", "http://127.0.0.1:9");
        assertEquals(2, r.exitCode(), r.err());
        r.assertCleanError();
        assertTrue(r.err().contains("Argument 2 is 60,000 characters long"), r.err());
        assertTrue(r.err().length() < 400, "the argument was echoed: " + r.err().length() + " characters");
    }

    @Test
    void theWindowRefusesAnOverLongOptionTheSameWay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--open", "v0:" + HUGE)));
        assertTrue(e.getMessage().startsWith("Argument 2 is 60,003 characters long"), e.getMessage());
    }

    @Test
    void anIdLongerThanAnyProvidersIsRefusedBeforeAnythingIsSent() throws Exception {
        try (Sandbox sandbox = Sandbox.start(0)) {
            String id = "wh_" + "x".repeat(3000);
            CliRun r = CliRun.run(Map.of("WEBHOOK_INSPECTOR_API_KEY", sandbox.demoKey("v0")), "get", id, "--provider", "v0",
                    "--base-url", sandbox.baseUrl("v0").toString());
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains("The webhook ID is 3,003 characters long; webhook IDs are at most 256"), r.err());
            assertFalse(r.err().contains(id), "the ID was echoed");
            assertEquals(List.of(), sandbox.requests());
        }
    }
}
