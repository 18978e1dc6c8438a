package dev.webhookinspector.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test void readsTheScreenshotCommandLine() {
        LaunchOptions o = LaunchOptions.parse(List.of("--demo", "--open", "featurebase:6650c3e2a1b4f9d8e7c6b5a1",
                "--theme=dark", "--screenshot", "shot.png"));
        assertTrue(o.demo());
        assertEquals("featurebase", o.open().provider().id().toString());
        assertEquals("6650c3e2a1b4f9d8e7c6b5a1", o.open().webhookId());
        assertEquals(ThemeMode.DARK, o.theme());
        assertEquals(Path.of("shot.png"), o.screenshot());
    }

    @Test void anIdMayContainColons() {
        assertEquals("a:b", LaunchOptions.parse(List.of("--open=v0:a:b")).open().webhookId());
    }

    @Test void badFlagsSayWhatToFix() {
        assertEquals("--theme takes light or dark.",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--theme", "blue"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--open", "github:1")))
                .getMessage().contains("unknown provider \"github\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--screenshot", "a.jpg")))
                .getMessage().contains(".png"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--screenshot")))
                .getMessage().contains("needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--zoom")))
                .getMessage().contains("Unknown window option"));
    }
}
