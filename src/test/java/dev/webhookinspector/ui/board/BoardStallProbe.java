package dev.webhookinspector.ui.board;

import atlantafx.base.theme.PrimerLight;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.FxTaskRunner;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How long the JavaFX thread stalls while the board loads every demo account plus the 250-webhook account of each
 * provider (v0's fetched hook by hook), shown in the real table: a watcher posts a {@code Platform.runLater} every
 * 2 ms and keeps the longest wait. A measurement, not a test: it prints and asserts nothing. With
 * {@code -Dprobe.noview=true} the scene holds no board, which tells the ViewModel's share from the table's.
 * {@code java -Dglass.platform=Headless -Dprism.order=sw -cp <test classpath> dev.webhookinspector.ui.board.BoardStallProbe}
 */
public final class BoardStallProbe {
    public static void main(String[] args) throws Exception {
        Platform.startup(() -> {});
        Platform.setImplicitExit(false);
        try (Sandbox sandbox = Sandbox.start(0); FxTaskRunner runner = new FxTaskRunner()) {
            List<ProfileChoice> profiles = new ArrayList<>();
            for (String id : Sandbox.PROVIDERS) {
                Provider p = Providers.byId(id).orElseThrow();
                profiles.add(new ProfileChoice.Demo(id + " demo", p, connection(sandbox, p, sandbox.demoKey(id))));
                profiles.add(new ProfileChoice.Demo(id + " bulk", p, connection(sandbox, p, sandbox.bulkKey(id))));
            }
            BoardViewModel vm = new BoardViewModel(runner, c -> ((ProfileChoice.Demo) c).connection(), new WebhookLister(), (p, r) -> { });
            CompletableFuture<Stage> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                Stage s = new Stage();
                s.setScene(new Scene(Boolean.getBoolean("probe.noview") ? new javafx.scene.layout.Pane() : (Parent) new BoardView(vm).root(), 1280, 800));
                s.show();
                vm.setProfiles(profiles);
                shown.complete(s);
            });
            shown.get(30, TimeUnit.SECONDS);
            for (String round : new String[] {"first", "again"}) {
                double[] longest = {0};
                int[] probes = {0};
                CountDownLatch loaded = new CountDownLatch(1);
                Platform.runLater(() -> vm.refresh(loaded::countDown));
                long started = System.nanoTime();
                while (loaded.getCount() > 0) {
                    long posted = System.nanoTime();
                    CountDownLatch ran = new CountDownLatch(1);
                    Platform.runLater(ran::countDown);
                    ran.await();
                    longest[0] = Math.max(longest[0], (System.nanoTime() - posted) / 1e6);
                    probes[0]++;
                    TimeUnit.MILLISECONDS.sleep(2);
                }
                System.out.printf("board, %s load: %d rows in %.0f ms, longest FX-thread stall %.1f ms (%d probes)%n", round,
                        vm.allRows().size(), (System.nanoTime() - started) / 1e6, longest[0], probes[0]);
            }
        } finally {
            Platform.exit();
        }
    }

    private static Connection connection(Sandbox sandbox, Provider p, String key) {
        return new Connection(p, sandbox.baseUrl(p.id().value()), Map.of(), new ApiKey(key), null);
    }
}
