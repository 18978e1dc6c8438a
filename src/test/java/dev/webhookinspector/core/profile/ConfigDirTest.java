package dev.webhookinspector.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirTest {
    private static final String HOME = Path.of("/home/ana").toString();

    @Test
    void webhookInspectorHomeWinsEverywhere() {
        Path custom = Path.of("/data/wi").toAbsolutePath();
        assertEquals(custom, ProfileServices.configDir(Map.of("WEBHOOK_INSPECTOR_HOME", custom.toString(), "XDG_CONFIG_HOME", "/x"), "Linux", HOME));
        assertEquals(custom, ProfileServices.configDir(Map.of("WEBHOOK_INSPECTOR_HOME", custom.toString()), "Windows 11", HOME));
    }

    @Test
    void linuxUsesXdgConfigHomeOrDotConfig() {
        assertEquals(Path.of("/xdg/webhook-inspector"), ProfileServices.configDir(Map.of("XDG_CONFIG_HOME", "/xdg"), "Linux", HOME));
        assertEquals(Path.of(HOME, ".config", "webhook-inspector"), ProfileServices.configDir(Map.of(), "Linux", HOME));
        assertEquals(Path.of(HOME, ".config", "webhook-inspector"), ProfileServices.configDir(Map.of("XDG_CONFIG_HOME", "relative"), "Linux", HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "webhook-inspector"), ProfileServices.configDir(Map.of(), "Mac OS X", HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("/appdata/webhook-inspector"), ProfileServices.configDir(Map.of("APPDATA", "/appdata"), "Windows 11", HOME));
        assertEquals(Path.of(HOME, "AppData", "Roaming", "webhook-inspector"), ProfileServices.configDir(Map.of(), "Windows 10", HOME));
    }
}
