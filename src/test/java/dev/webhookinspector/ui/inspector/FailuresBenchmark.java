package dev.webhookinspector.ui.inspector;

import static dev.webhookinspector.ui.inspector.FxTool.fx;

import atlantafx.base.theme.PrimerLight;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.model.FailureKind;
import dev.webhookinspector.sandbox.DemoFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * How long the failures panel takes with 10,000 failures from the simulator: showing them, and each
 * keystroke of a filter including the layout pass that redraws the table and the timeline.
 * {@code java -Dglass.platform=Headless -Dprism.order=sw -cp <test classpath> ...FailuresBenchmark}
 */
public final class FailuresBenchmark {
    private static final dev.webhookinspector.core.provider.ProviderDescriptor PROVIDER =
            dev.webhookinspector.core.provider.Providers.byId("ultravox").orElseThrow().descriptor();
    /** CPU time of the JavaFX thread: other processes on a shared machine do not inflate it as they do wall time. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> {});
        Platform.setImplicitExit(false);
        try (SandboxFetch sb = new SandboxFetch()) {
            long t0 = System.nanoTime();
            FetchResult r = sb.fetch("ultravox", DemoFixtures.ULTRAVOX_MANY_FAILURES);
            report("fetch 10,000 failures over loopback", t0);

            InspectorViewModel vm = new InspectorViewModel(text -> {}, java.time.Clock.systemDefaultZone());
            Stage[] stage = new Stage[1];
            fx(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                Scene scene = new Scene((Parent) new InspectorView(vm).root(), 1280, 800);
                        stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
                ((TabPane) scene.lookup("#inspectorTabs")).getSelectionModel().select(2);
                return null;
            });
            Scene scene = stage[0].getScene();
            for (int round = 0; round < 3; round++) {
                long t = System.nanoTime();
                double cpu = fx(() -> {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    vm.show(r);
                    layout(scene);
                    return (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                });
                report("show snapshot and lay out (round " + (round + 1) + ")", t);
                System.out.printf("  of which JavaFX thread CPU %.1f ms%n", cpu);
            }
            var snap = r.snapshot();
            for (int round = 0; round < 2; round++) {
                String parts = fx(() -> {
                    StringBuilder sb2 = new StringBuilder();
                    long a = System.nanoTime(); var masked = snap.maskedRaw(); sb2.append(String.format("mask %.0f, ", (System.nanoTime() - a) / 1e6));
                    a = System.nanoTime(); vm.overview().show(snap, PROVIDER); sb2.append(String.format("overview %.0f, ", (System.nanoTime() - a) / 1e6));
                    a = System.nanoTime(); vm.fields().show(snap, PROVIDER, masked); sb2.append(String.format("fields %.0f, ", (System.nanoTime() - a) / 1e6));
                    a = System.nanoTime(); vm.failures().show(snap, PROVIDER); sb2.append(String.format("failures %.0f, ", (System.nanoTime() - a) / 1e6));
                    a = System.nanoTime(); vm.raw().show(masked); sb2.append(String.format("raw %.0f ms", (System.nanoTime() - a) / 1e6));
                    return sb2.toString();
                });
                System.out.println("  show, by panel: " + parts);
            }
            List<Double> modelOnly = new ArrayList<>();
            List<Double> keystrokes = new ArrayList<>();
            String typed = "connection refused";
            int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
            for (int i = 1; i <= typed.length() * rounds; i++) {
                String text = typed.substring(0, (i - 1) % typed.length() + 1);
                double[] cpu = fx(() -> {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    vm.failures().filterTextProperty().set(text);
                    long c1 = CPU.getCurrentThreadCpuTime();
                    layout(scene);
                    return new double[]{(c1 - c0) / 1e6, (CPU.getCurrentThreadCpuTime() - c0) / 1e6};
                });
                modelOnly.add(cpu[0]);
                keystrokes.add(cpu[1]);
            }
            System.out.printf("filter keystrokes (%d), JavaFX thread CPU: median %.1f ms, max %.1f ms, rows left %d%n", keystrokes.size(),
                    keystrokes.stream().sorted().toList().get(keystrokes.size() / 2),
                    keystrokes.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    fx(() -> vm.failures().sortedRows().size()));
            System.out.printf("  of which the view model (filter, groups, timeline): median %.1f ms%n",
                    modelOnly.stream().sorted().toList().get(modelOnly.size() / 2));
            long t = System.nanoTime();
            fx(() -> { vm.failures().clearFilters(); layout(scene); return null; });
            report("clear the filter (back to 10,000 rows)", t);
            t = System.nanoTime();
            fx(() -> { vm.failures().kindFilterProperty().set(FailureKind.HTTP_5XX); layout(scene); return null; });
            report("kind filter HTTP 5xx", t);
            t = System.nanoTime();
            fx(() -> {
                @SuppressWarnings("unchecked")
                TableView<Object> table = (TableView<Object>) scene.lookup("#failuresTable");
                TableColumn<Object, ?> message = table.getColumns().get(3);
                table.getSortOrder().setAll(List.of(message));
                layout(scene);
                return null;
            });
            report("sort by message", t);
            fx(() -> { stage[0].close(); return null; });
        } finally {
            Platform.exit();
        }
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    private static void report(String what, long startNanos) {
        System.out.printf("%-45s %8.1f ms%n", what, (System.nanoTime() - startNanos) / 1e6);
    }

}
