package dev.webhookinspector.ui.inspector;

import static dev.webhookinspector.ui.inspector.FxTool.fx;

import atlantafx.base.theme.PrimerLight;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.sandbox.DemoFixtures;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * How long the JavaFX thread stalls while 10,000 failures are fetched from the simulator (off the FX thread, as
 * the app does), shown in the inspector and filtered keystroke by keystroke: a watcher thread posts a
 * {@code Platform.runLater} every 2 ms and records how long each waited to run, so pulses (CSS, layout,
 * rendering) count as well as the handlers. Two rounds: the first after start-up, then again warm.
 * {@code java -Dglass.platform=Headless -Dprism.order=sw -cp <test classpath> ...FxStallProbe} (bench/run.sh runs it).
 */
public final class FxStallProbe {
    private static final String TYPED = "connection refused";

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> {});
        Platform.setImplicitExit(false);
        Watcher watcher = new Watcher();
        try (SandboxFetch sb = new SandboxFetch()) {
            InspectorViewModel vm = new InspectorViewModel(text -> {}, Clock.systemDefaultZone());
            Stage stage = fx(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                Scene scene = new Scene((Parent) new InspectorView(vm).root(), 1280, 800);
                Stage s = new Stage();
                s.setScene(scene);
                s.show();
                ((TabPane) scene.lookup("#inspectorTabs")).getSelectionModel().select(2);
                return s;
            });
            FxTool.pulses(stage.getScene(), 2);
            watcher.start();
            for (String round : new String[] {"first", "again"}) {
                watcher.phase("fetch", round);
                FetchResult r = sb.fetch("ultravox", DemoFixtures.ULTRAVOX_MANY_FAILURES);
                // As the app does: the panels' heavy parts on the fetching thread, then only the hand-over.
                PreparedSnapshot p = PreparedSnapshot.of(r, java.time.ZoneId.systemDefault());
                watcher.phase("show", round);
                fx(() -> { vm.show(p); return null; });
                FxTool.pulses(stage.getScene(), 2);
                watcher.phase("filter", round);
                for (int i = 1; i <= TYPED.length(); i++) {
                    String text = TYPED.substring(0, i);
                    fx(() -> { vm.failures().filterTextProperty().set(text); return null; });
                    // A person's typing pace: the pause between keystrokes is part of what is simulated.
                    Thread.sleep(40);
                }
                fx(() -> { vm.failures().clearFilters(); return null; });
                FxTool.pulses(stage.getScene(), 2);
            }
            watcher.finish();
            fx(() -> { stage.close(); return null; });
        } finally {
            Platform.exit();
        }
        watcher.print();
    }

    /** Posts one runLater at a time and keeps the longest wait per phase and round. */
    private static final class Watcher extends Thread {
        private final Map<String, double[]> longest = new LinkedHashMap<>();
        private final Map<String, Integer> samples = new LinkedHashMap<>();
        private volatile String current;
        private volatile boolean running = true;

        Watcher() {
            super("fx-stall-watcher");
            setDaemon(true);
        }

        synchronized void phase(String name, String round) {
            current = name + " " + round;
            longest.putIfAbsent(current, new double[1]);
            samples.putIfAbsent(current, 0);
        }

        @Override public void run() {
            while (running) {
                String phase = current;
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(ran::countDown);
                try {
                    ran.await();
                    record(phase, (System.nanoTime() - posted) / 1e6);
                    TimeUnit.MILLISECONDS.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private synchronized void record(String phase, double ms) {
            if (phase == null) return;
            double[] max = longest.get(phase);
            max[0] = Math.max(max[0], ms);
            samples.merge(phase, 1, Integer::sum);
        }

        void finish() throws InterruptedException {
            running = false;
            join(5_000);
        }

        synchronized void print() {
            System.out.println("FX-thread stall probe, 10,000 failures from the simulator: longest Platform.runLater wait (ms)");
            System.out.println();
            System.out.printf("    %-8s %10s %10s%n", "phase", "first", "again");
            double all = 0;
            for (String phase : new String[] {"fetch", "show", "filter"}) {
                double first = longest.get(phase + " first")[0];
                double again = longest.get(phase + " again")[0];
                all = Math.max(all, Math.max(first, again));
                System.out.printf("    %-8s %10.1f %10.1f%n", phase, first, again);
            }
            System.out.printf("%n    longest stall overall: %.1f ms (%d probes)%n", all,
                    samples.values().stream().mapToInt(Integer::intValue).sum());
        }
    }

}
