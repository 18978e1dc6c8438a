package dev.webhookinspector.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.ui.ThemeMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir Path home;

    @Test void remembersWindowThemeLastProfileAndRecentIdsAcrossRuns() throws Exception {
        SettingsStore store = SettingsStore.inHome(home);
        Settings s = Settings.DEFAULTS
                .withWindow(new WindowGeometry(10, 20, 1400, 900, true))
                .withTheme(ThemeMode.DARK)
                .withLastProfile("Production")
                .withRecent("Production", new RecentId("wh_1", "Orders"));
        store.save(s);

        Settings back = SettingsStore.inHome(home).load();

        assertEquals(new WindowGeometry(10, 20, 1400, 900, true), back.window());
        assertEquals(ThemeMode.DARK, back.theme());
        assertEquals("Production", back.lastProfile());
        assertEquals(List.of(new RecentId("wh_1", "Orders")), back.recent("production"));
    }

    @Test void aMissingOrDamagedFileGivesTheDefaultsInsteadOfFailing() throws Exception {
        assertEquals(Settings.DEFAULTS, SettingsStore.inHome(home).load());
        Files.writeString(home.resolve(SettingsStore.FILE_NAME), "{ not json");
        assertEquals(Settings.DEFAULTS, SettingsStore.inHome(home).load());
    }

    @Test void savingLeavesNoTemporaryFilesBehind() throws Exception {
        SettingsStore store = SettingsStore.inHome(home);
        store.save(Settings.DEFAULTS.withTheme(ThemeMode.LIGHT));
        store.save(Settings.DEFAULTS.withTheme(ThemeMode.DARK));
        try (var files = Files.list(home)) {
            assertEquals(List.of(home.resolve(SettingsStore.FILE_NAME)), files.toList());
        }
        assertEquals(ThemeMode.DARK, store.load().theme());
    }

    @Test void theFileHoldsNamesAndIdsOnly() throws Exception {
        SettingsStore.inHome(home).save(Settings.DEFAULTS.withLastProfile("prod").withRecent("prod", new RecentId("wh_1", "Orders")));
        String json = Files.readString(home.resolve(SettingsStore.FILE_NAME));
        assertTrue(json.contains("wh_1"));
        assertFalse(json.toLowerCase().contains("key"), json);
    }

    @Test void recentIdsKeepTheNewestFirstTheKnownNameAndAtMostTen() {
        Settings s = Settings.DEFAULTS.withRecent("p", new RecentId("a", "Alpha"));
        for (int i = 0; i < 12; i++) s = s.withRecent("p", new RecentId("id" + i, ""));
        s = s.withRecent("p", new RecentId("id5", ""));
        List<RecentId> list = s.recent("P");
        assertEquals(Settings.MAX_RECENT, list.size());
        assertEquals("id5", list.getFirst().id());

        Settings named = Settings.DEFAULTS.withRecent("p", new RecentId("a", "Alpha")).withRecent("p", new RecentId("a", ""));
        assertEquals("Alpha", named.recent("p").getFirst().name());
    }

    @Test void renamingAProfileMovesItsRecentIdsAndDeletingDropsThem() {
        Settings s = Settings.DEFAULTS.withLastProfile("old").withRecent("old", new RecentId("a", ""));
        Settings renamed = s.withProfileRenamed("old", "new");
        assertEquals("new", renamed.lastProfile());
        assertEquals(1, renamed.recent("new").size());
        assertTrue(renamed.withProfileRenamed("new", null).recent("new").isEmpty());
    }
}
