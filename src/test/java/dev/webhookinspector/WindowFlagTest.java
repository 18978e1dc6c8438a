package dev.webhookinspector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.cli.Cli;
import dev.webhookinspector.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every window option of the table is documented where a user looks, and opens the window. */
class WindowFlagTest {
    @org.junit.jupiter.api.Test
    void tabsHelpNamesEveryInspectorTab() {
        org.junit.jupiter.api.Assertions.assertTrue(WindowFlag.TAB.help().endsWith(dev.webhookinspector.ui.inspector.InspectorTab.keys()),
                WindowFlag.TAB.help() + " should end with " + dev.webhookinspector.ui.inspector.InspectorTab.keys());
    }

    @ParameterizedTest @EnumSource(WindowFlag.class)
    void theReadmeListsIt(WindowFlag flag) throws Exception {
        // A | inside a Markdown table cell is written \|.
        String readme = Files.readString(Path.of("README.md")).replace("\\|", "|");
        assertTrue(readme.contains("| `" + flag.usage() + "` | " + flag.help()), "README's window options table lacks: " + flag.usage());
    }

    @ParameterizedTest @EnumSource(WindowFlag.class)
    void helpListsItWithWhatItDoes(WindowFlag flag) {
        String help = CliRun.run(Map.of(), "--help").out();
        assertTrue(help.lines().anyMatch(l -> l.strip().startsWith(flag.usage()) && l.endsWith(flag.help())), help);
    }

    @ParameterizedTest @EnumSource(WindowFlag.class)
    void itOpensTheWindowInsteadOfRunningACommand(WindowFlag flag) {
        assertTrue(Cli.wantsWindow(new String[] {flag.flag()}));
        assertTrue(Cli.wantsWindow(new String[] {flag.flag() + "=x"}));
    }
}
