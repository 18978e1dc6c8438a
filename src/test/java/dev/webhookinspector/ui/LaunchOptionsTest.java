package dev.webhookinspector.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test void openBoardOpensTheBoardAndTabNamesAnInspectorTab() {
        LaunchOptions o = LaunchOptions.parse(List.of("--demo", "--open", "board", "--tab", "failures"));
        assertTrue(o.board());
        assertEquals(null, o.open(), "no webhook to fetch");
        assertEquals(dev.webhookinspector.ui.inspector.InspectorTab.FAILURES, o.tab());
        assertEquals(dev.webhookinspector.ui.inspector.InspectorTab.RAW, LaunchOptions.parse(List.of("--tab=Raw")).tab());
        assertEquals("--tab takes overview, fields, failures, raw, request, lab or history.",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--tab", "logs"))).getMessage());
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
        String unknown = assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--zoom"))).getMessage();
        assertTrue(unknown.contains("Unknown window option") && unknown.contains("--smoke-test") && unknown.contains("--open PROVIDER:ID"),
                unknown);
        assertEquals("--demo takes no value.",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--demo=yes"))).getMessage());
    }

    @Test void aScreenshotIntoAFolderIsRefusedAndTheFolderStays(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shots.png"));
        String message = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--screenshot", folder.toString()))).getMessage();
        assertTrue(message.contains("is a folder") && message.contains(folder.resolve("window.png").toString()), message);
        assertTrue(Files.isDirectory(folder));
    }

    @Test void aScreenshotIntoAMissingFolderIsRefusedAndNoFolderIsCreated(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("deeper").resolve("window.png");
        String message = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--screenshot=" + file))).getMessage();
        assertTrue(message.contains(file.getParent() + " does not exist"), message);
        assertFalse(Files.exists(dir.resolve("missing")), "no folder is created");
    }

    @Test void aScreenshotBelowAFileIsRefused(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        String message = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--screenshot", notAFolder.resolve("window.png").toString()))).getMessage();
        assertTrue(message.contains(notAFolder + " is not a folder"), message);
        assertEquals("x", Files.readString(notAFolder));
    }
}
