package dev.webhookinspector.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the history lives: the OS's per-user data folder, or $WEBHOOK_INSPECTOR_HOME as for the configuration. */
class DataDirTest {
    private static final String HOME = Path.of("/home/ana").toString();

    @Test
    void webhookInspectorHomeHoldsTheDataToo() {
        Path custom = Path.of("/data/wi").toAbsolutePath();
        assertEquals(custom, ProfileServices.dataDir(Map.of("WEBHOOK_INSPECTOR_HOME", custom.toString(), "XDG_DATA_HOME", "/x"), "Linux", HOME));
        assertEquals(ProfileServices.configDir(Map.of("WEBHOOK_INSPECTOR_HOME", custom.toString()), "Windows 11", HOME),
                ProfileServices.dataDir(Map.of("WEBHOOK_INSPECTOR_HOME", custom.toString()), "Windows 11", HOME));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/xdg/webhook-inspector"), ProfileServices.dataDir(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME));
        assertEquals(Path.of(HOME, ".local", "share", "webhook-inspector"), ProfileServices.dataDir(Map.of(), "Linux", HOME));
        assertEquals(Path.of(HOME, ".local", "share", "webhook-inspector"), ProfileServices.dataDir(Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME));
    }

    @Test
    void macOsAndWindowsUseTheirDisplayName() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "Webhook Inspector"), ProfileServices.dataDir(Map.of(), "Mac OS X", HOME));
        assertEquals(Path.of("/local/Webhook Inspector"), ProfileServices.dataDir(Map.of("LOCALAPPDATA", "/local"), "Windows 11", HOME));
        assertEquals(Path.of(HOME, "AppData", "Local", "Webhook Inspector"), ProfileServices.dataDir(Map.of(), "Windows 10", HOME));
    }
}
