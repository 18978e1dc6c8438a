package dev.webhookinspector;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something to have happened (a request recorded, a line printed) instead of sleeping a guessed
 * time. The deadline only turns a hang into a failure that says what never happened; no test asserts speed.
 */
public final class Await {
    private Await() {}

    public static void until(String what, BooleanSupplier condition, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) fail("Gave up after " + deadline.toSeconds() + " s waiting until " + what);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted while waiting until " + what);
            }
        }
    }
}
