package dev.webhookinspector.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the launcher that `./mvnw package` built (target/dist/...), the way a user would, after the
 * jar has passed its unit tests: a missing module, JVM option or native library only shows up here.
 */
class PackagedAppIT {
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at \\S+\\(|Exception in thread|^Caused by: ");

    @TempDir Path home;

    @Test
    void versionFlagPrintsTheProjectVersion() throws Exception {
        Run run = launch(List.of("--version"), Map.of(), 30);

        assertEquals(0, run.exitCode(), () -> "exit code of --version; stderr:\n" + run.stderr());
        assertEquals("webhook-inspector " + System.getProperty("packaged.version"), run.stdout().strip());
        assertNoStackTrace(run);
    }

    @Test
    void windowOpensWithoutADisplayAndTheAppExitsByItself() throws Exception {
        // No display and no -Dglass.platform: --smoke-test picks JavaFX's headless platform by itself.
        Run run = launch(List.of("--smoke-test"), Map.of(), 60);

        assertEquals(0, run.exitCode(), () -> "exit code of --smoke-test; stderr:\n" + run.stderr());
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(STACK_TRACE.matcher(run.stderr()).find(), () -> "stack trace on stderr:\n" + run.stderr());
    }

    /** Runs the packaged launcher with a fresh HOME, so the test never reads or writes the user's own files. */
    private Run launch(List<String> args, Map<String, String> env, int timeoutSeconds) throws IOException, InterruptedException {
        Path launcher = Path.of(System.getProperty("packaged.launcher", "target/dist/webhook-inspector/bin/webhook-inspector"));
        assertTrue(Files.isExecutable(launcher), () -> "no packaged launcher at " + launcher + "; ./mvnw package builds it");

        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString());
        builder.command().addAll(args);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        // The same run on a build machine with a screen and on one without.
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());

        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            fail(launcher + " " + String.join(" ", args) + " did not exit by itself within " + timeoutSeconds
                    + " s; stderr:\n" + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private record Run(int exitCode, String stdout, String stderr) {}
}
