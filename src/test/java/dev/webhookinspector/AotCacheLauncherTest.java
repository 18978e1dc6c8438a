package dev.webhookinspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webhookinspector.cli.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The Linux launcher picks the window's or the commands' AOT cache from the first argument before the JVM starts
 * (packaging/linux/launcher.sh); a wrong pick only costs speed, but it must agree with the app's own decision.
 */
@DisabledOnOs(OS.WINDOWS)
class AotCacheLauncherTest {
    @Test void theLauncherPicksTheWindowsCacheExactlyWhenTheAppOpensTheWindow() throws Exception {
        String script = Files.readString(Path.of("packaging/linux/launcher.sh"));
        String choice = script.substring(script.indexOf("# kind:begin"), script.indexOf("# kind:end"));
        List<List<String>> cases = new ArrayList<>();
        cases.add(List.of());
        for (WindowFlag f : WindowFlag.values()) cases.add(List.of(f.flag()));
        for (String command : List.of("get", "profile", "sandbox", "--version", "--help", "-h", "-V", "help", "nonsense")) {
            cases.add(List.of(command, "x"));
        }
        for (List<String> args : cases) {
            List<String> sh = new ArrayList<>(List.of("/bin/sh", "-c", choice + "\nprintf %s \"$kind\"", "launcher"));
            sh.addAll(args);
            Process p = new ProcessBuilder(sh).redirectErrorStream(true).start();
            String kind = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor());
            boolean window = Cli.wantsWindow(args.toArray(String[]::new));
            assertEquals(window ? "" : "-cli", kind, "launcher's cache for " + args + " (the app opens " + (window ? "the window" : "a command") + ")");
        }
    }
}
