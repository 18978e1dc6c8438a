package dev.webhookinspector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.problem.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's exit-code and verdict tables are the code's tables: every row there, word for word. */
class ReadmeTablesTest {
    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void everyExitCodeIsDocumentedWithItsMeaning() throws Exception {
        String readme = readme();
        for (ExitCode c : ExitCode.values()) {
            String row = "| " + c.code() + " | " + c.meaning() + " |";
            assertTrue(readme.contains(row), "README lacks the row: " + row);
        }
    }

    @Test
    void everyVerdictIsDocumentedWithWhatFailOnUnhealthyDoes() throws Exception {
        String readme = readme();
        for (Verdict v : Verdict.values()) {
            String row = "| " + v.key() + " |";
            assertTrue(readme.contains(row), "README lacks the verdict " + v.key());
            String line = readme.lines().filter(l -> l.startsWith(row)).findFirst().orElseThrow();
            assertTrue(line.endsWith(v.isUnhealthy() ? "exit 8 |" : "exit 0 |"), line);
        }
    }
}
