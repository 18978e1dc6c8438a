package dev.webhookinspector.ui.inspector;

import static dev.webhookinspector.ui.inspector.FxTool.fx;

import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.problem.ProblemKind;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.sandbox.DemoFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * Renders every panel of the inspector, light and dark, to PNG files for a visual check:
 * {@code java -Dglass.platform=Headless -Dprism.order=sw -cp <test classpath> ...InspectorGallery [dir]}.
 */
public final class InspectorGallery {
    private record Shot(String name, FetchResult result, FetchException error, int tab, Consumer<Scene> prepare, double width) {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/gallery");
        String only = args.length > 1 ? args[1] : "";
        Platform.startup(() -> {});
        Platform.setImplicitExit(false);
        try {
            render(dir, only);
        } finally {
            Platform.exit();
        }
    }

    /** The simulator the shots come from; the lab's test deliveries go to its receiver. */
    private static SandboxFetch simulator;

    private static void render(Path dir, String only) throws Exception {
        try (SandboxFetch sb = new SandboxFetch()) {
            simulator = sb;
            render(dir, only, shots(sb));
        }
    }

    private static void render(Path dir, String only, List<Shot> shots) throws Exception {
        for (String theme : List.of("light", "dark")) {
            fx(() -> Application.setUserAgentStylesheet(theme.equals("light")
                    ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet()));
            for (Shot shot : shots) {
                if (!shot.name().contains(only)) continue;
                Stage[] stage = new Stage[1];
                fx(() -> stage[0] = show(shot));
                FxTool.pulses(stage[0].getScene(), 2);
                fx(() -> shot.prepare().accept(stage[0].getScene()));
                FxTool.pulses(stage[0].getScene(), 2);
                Path file = dir.resolve(shot.name() + "-" + theme + ".png");
                fx(() -> {
                    ScenePng.write(stage[0].getScene(), file);
                    stage[0].close();
                });
                System.out.println(file);
            }
        }
    }

    /** A week of recorded fetches for the History tab's shots, and what recording the last one said. */
    private static HistoryService galleryHistory;
    private static Recorded galleryRecorded = Recorded.NONE;

    private static FetchResult recordHistory(SandboxFetch sb) throws java.io.IOException {
        Path dir = java.nio.file.Files.createTempDirectory("gallery-history");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            galleryHistory.close();
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException e) {
                // A temporary folder left behind is harmless.
            }
        }));
        galleryHistory = new HistoryService(() -> new dev.webhookinspector.core.history.HistoryRecorder(dir));
        String id = DemoFixtures.ULTRAVOX_FAILING;
        java.time.Instant now = java.time.Instant.now();
        FetchResult last = null;
        for (int i = 0; i < 10; i++) {
            int step = i;
            if (i < 4) sb.sandbox().showAs("ultravox", id, DemoFixtures.ULTRAVOX_HEALTHY);
            else sb.sandbox().showAs("ultravox", id, id);
            if (i == 6) sb.sandbox().change("ultravox", id, w -> w.put("url", "https://support-bot.acme-voice.example/hooks/v2"));
            if (i >= 5) sb.sandbox().change("ultravox", id, w -> {
                var failures = (com.fasterxml.jackson.databind.node.ArrayNode) w.get("recentFailures");
                failures.insert(0, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                        .put("timestamp", now.minus(java.time.Duration.ofHours(14L * (9 - step))).toString())
                        .put("failure", "HTTP 502 Bad Gateway"));
            });
            if (i == 9) sb.sandbox().change("ultravox", id, w -> ((com.fasterxml.jackson.databind.node.ArrayNode) w.get("secrets"))
                    .removeAll().add("RotatedGallerySecret4kP8nB3xQ2mL7vT"));
            FetchResult r = sb.fetch("ultravox", id);
            java.time.Instant at = now.minus(java.time.Duration.ofHours(14L * (9 - i)));
            last = new FetchResult(r.snapshot(), r.request(), r.httpStatus(), at, r.duration(), r.attempts());
            galleryRecorded = Recorded.of(galleryHistory.record("prod-voice", last));
        }
        return last;
    }

    private static Stage show(Shot shot) {
        InspectorViewModel vm = new InspectorViewModel(text -> {}, java.time.Clock.systemDefaultZone());
        vm.history().setServices(new dev.webhookinspector.ui.InlineTaskRunner(), galleryHistory);
        vm.error().setWindowActions(() -> { }, () -> { });
        vm.lab().setServices(new dev.webhookinspector.ui.InlineTaskRunner(),
                w -> java.util.Optional.of(simulator.sandbox().receiverUrl(w.provider().value(), w.id())));
        InspectorView view = new InspectorView(vm);
        if (shot.result() != null && shot.name().startsWith("history")) {
            vm.show(PreparedSnapshot.of(shot.result(), vm.zone()).withRecorded(galleryRecorded));
        } else if (shot.result() != null) {
            vm.show(shot.result());
        }
        if (shot.error() != null) vm.showError(shot.error(), () -> {});
        Scene scene = new Scene((javafx.scene.Parent) view.root(), shot.width(), 800);
        TabPane tabs = (TabPane) scene.lookup("#inspectorTabs");
        tabs.getSelectionModel().select(shot.tab());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** A delivery as a receiver would log it, signed by the app; {@code reformatted} re-serialises the body. */
    static String loggedDelivery(FetchResult r, boolean reformatted) {
        var provider = dev.webhookinspector.core.provider.Providers.byId(r.snapshot().provider()).orElseThrow();
        var plan = dev.webhookinspector.core.delivery.TestDeliveries.plan(provider, r.snapshot(), null,
                java.net.URI.create("http://127.0.0.1/hook"), java.time.Instant.now());
        StringBuilder sb = new StringBuilder();
        for (var h : plan.headers()) sb.append(h.name()).append(": ").append(h.value()).append('\n');
        String body = new String(plan.body(), java.nio.charset.StandardCharsets.UTF_8);
        return sb.append('\n').append(reformatted ? body.replace(",", ", ") : body).toString();
    }

    private static List<Shot> shots(SandboxFetch sb) {
        List<Shot> s = new ArrayList<>();
        Consumer<Scene> none = sc -> {};
        FetchResult uvFailing = sb.fetch("ultravox", DemoFixtures.ULTRAVOX_FAILING);
        FetchResult fbFailing = sb.fetch("featurebase", DemoFixtures.FEATUREBASE_FAILING);
        FetchResult v0 = sb.fetch("v0", DemoFixtures.V0_BASIC);
        String[] tabs = {"overview", "fields", "failures", "raw", "request"};
        for (int t = 0; t < tabs.length; t++) {
            s.add(new Shot("ultravox-failing-" + tabs[t], uvFailing, null, t, none, 1280));
            s.add(new Shot("featurebase-failing-" + tabs[t], fbFailing, null, t, none, 1280));
            s.add(new Shot("v0-" + tabs[t], v0, null, t, none, 1280));
        }
        s.add(new Shot("ultravox-healthy-overview", sb.fetch("ultravox", DemoFixtures.ULTRAVOX_HEALTHY), null, 0, none, 1280));
        s.add(new Shot("ultravox-healthy-failures", sb.fetch("ultravox", DemoFixtures.ULTRAVOX_HEALTHY), null, 2, none, 1280));
        s.add(new Shot("ultravox-never-overview", sb.fetch("ultravox", DemoFixtures.ULTRAVOX_NEVER_DELIVERED), null, 0, none, 1280));
        s.add(new Shot("ultravox-unknown-overview", sb.fetch("ultravox", DemoFixtures.ULTRAVOX_UNKNOWN_VALUES), null, 0, none, 1280));
        s.add(new Shot("ultravox-unknown-fields", sb.fetch("ultravox", DemoFixtures.ULTRAVOX_UNKNOWN_VALUES), null, 1, none, 1280));
        s.add(new Shot("v0-scoped-overview", sb.fetch("v0", DemoFixtures.V0_CHAT_SCOPED), null, 0, none, 1280));
        s.add(new Shot("v0-unknown-overview", sb.fetch("v0", DemoFixtures.V0_UNKNOWN_VALUES), null, 0, none, 1280));
        s.add(new Shot("featurebase-healthy-overview", sb.fetch("featurebase", DemoFixtures.FEATUREBASE_HEALTHY), null, 0, none, 1280));
        s.add(new Shot("featurebase-paused-overview", sb.fetch("featurebase", DemoFixtures.FEATUREBASE_PAUSED), null, 0, none, 1280));
        s.add(new Shot("featurebase-suspended-overview", sb.fetch("featurebase", DemoFixtures.FEATUREBASE_SUSPENDED), null, 0, none, 1280));
        s.add(new Shot("featurebase-never-overview", sb.fetch("featurebase", DemoFixtures.FEATUREBASE_NEVER_DELIVERED), null, 0, none, 1280));
        s.add(new Shot("featurebase-unknown-overview", sb.fetch("featurebase", DemoFixtures.FEATUREBASE_UNKNOWN_VALUES), null, 0, none, 1280));
        s.add(new Shot("ultravox-failing-grouped", uvFailing, null, 2,
                sc -> ((ToggleButton) sc.lookup("#failuresGroupedMode")).fire(), 1280));
        FetchResult many = sb.fetch("ultravox", DemoFixtures.ULTRAVOX_MANY_FAILURES);
        s.add(new Shot("ultravox-10k-failures", many, null, 2, none, 1280));
        s.add(new Shot("ultravox-10k-grouped", many, null, 2,
                sc -> ((ToggleButton) sc.lookup("#failuresGroupedMode")).fire(), 1280));
        s.add(new Shot("ultravox-10k-raw", many, null, 3, none, 1280));
        s.add(new Shot("ultravox-failing-raw-search", uvFailing, null, 3,
                sc -> ((TextField) sc.lookup("#rawSearch")).setText("timed out"), 1280));
        s.add(new Shot("ultravox-healthy-secret-revealed", sb.fetch("ultravox", DemoFixtures.ULTRAVOX_HEALTHY), null, 0,
                sc -> ((ToggleButton) sc.lookup("#revealSecret1")).fire(), 1280));
        s.add(new Shot("ultravox-failing-filtered", uvFailing, null, 2,
                sc -> ((TextField) sc.lookup("#failureFilter")).setText("refused"), 1280));
        s.add(new Shot("ultravox-failing-nomatch", uvFailing, null, 2,
                sc -> ((TextField) sc.lookup("#failureFilter")).setText("no such failure"), 1280));
        FetchResult uvHealthy = sb.fetch("ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        s.add(new Shot("lab-ultravox-delivered", uvHealthy, null, 5, sc -> {
            ((javafx.scene.control.Button) sc.lookup("#labSend")).fire();
            ((javafx.scene.control.TextArea) sc.lookup("#labPaste")).setText(loggedDelivery(uvHealthy, true));
            ((javafx.scene.control.Button) sc.lookup("#labVerify")).fire();
        }, 1280));
        s.add(new Shot("lab-featurebase-refused", fbFailing, null, 5, sc -> {
            sb.sandbox().receiverFault(dev.webhookinspector.sandbox.ReceiverFault.SERVER_ERROR);
            ((javafx.scene.control.Button) sc.lookup("#labSend")).fire();
            sb.sandbox().receiverFault(dev.webhookinspector.sandbox.ReceiverFault.NONE);
        }, 1280));
        s.add(new Shot("lab-v0", v0, null, 4, none, 1280));
        try {
            FetchResult recorded = recordHistory(sb);
            s.add(new Shot("history-ultravox", recorded, null, 6, none, 1280));
            s.add(new Shot("history-fields", recorded, null, 1, none, 1280));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        s.add(new Shot("narrow-ultravox-failing-overview", uvFailing, null, 0, none, 900));
        s.add(new Shot("narrow-ultravox-failing-failures", uvFailing, null, 2, none, 900));
        s.add(new Shot("narrow-featurebase-failing-overview", fbFailing, null, 0, none, 900));
        s.add(new Shot("narrow-featurebase-failing-request", fbFailing, null, 4, none, 900));
        for (ProblemKind k : ProblemKind.values()) {
            s.add(new Shot("error-" + k.name().toLowerCase(java.util.Locale.ROOT), null, sampleError(k), 0, none, 1280));
        }
        s.add(new Shot("error-real-not-found", null, sb.failure("featurebase", DemoFixtures.FEATUREBASE_FAULT_NOT_FOUND), 0, none, 1280));
        s.add(new Shot("error-real-server", null, sb.failure("ultravox", DemoFixtures.ULTRAVOX_FAULT_SERVER_ERROR_HTML), 0, none, 1280));
        s.add(new Shot("error-real-key", null, sb.failure(sb.connection("v0", "v0_wrong_key_1234567890abcdef", null), DemoFixtures.V0_BASIC), 0, none, 1280));
        s.add(new Shot("empty", null, null, 0, none, 1280));
        return s;
    }

    static FetchException sampleError(ProblemKind k) {
        return switch (k) {
            case NOT_FOUND -> new FetchException(k, "Ultravox has no webhook 3f1c2a9e-7b4d-4e8a-9c21-5d6e7f8a9b0c (HTTP 404).", "", 404, null, Remedy.CHECK_ID, Remedy.CHECK_ACCOUNT);
            case KEY_REJECTED -> new FetchException(k, "Featurebase rejected the API key (HTTP 401): Invalid API key provided.", "", 401, null, Remedy.CHECK_KEY);
            case NETWORK -> new FetchException(k, "Could not connect to api.ultravox.ai: connection refused.", Remedy.CHECK_BASE_URL, Remedy.CHECK_NETWORK);
            case TIMEOUT -> new FetchException(k, "api.v0.dev did not answer within 30 s.", Remedy.RETRY, Remedy.RAISE_TIMEOUT);
            case TLS -> new FetchException(k, "The TLS handshake with do.featurebase.app failed: certificate not trusted.", Remedy.CHECK_BASE_URL, Remedy.CHECK_CERTIFICATES);
            case RATE_LIMITED -> new FetchException(k, "Ultravox is rate limiting this key (HTTP 429); still limited after 3 attempts.", "", 429, null, Remedy.RETRY_LATER);
            case SERVER_ERROR -> new FetchException(k, "Featurebase answered HTTP 503 Service Unavailable.", "", 503, null, Remedy.RETRY_LATER);
            case MALFORMED_RESPONSE -> new FetchException(k, "The answer from api.v0.dev is not JSON (it starts with \"<!DOCTYPE html>\").", "", 200, null, Remedy.CHECK_BASE_URL);
            case TOO_LARGE -> new FetchException(k, "The answer is larger than 5 MB.", "", 200, null, Remedy.CHECK_BASE_URL);
            case REDIRECT_REFUSED -> new FetchException(k, "api.ultravox.ai redirected to https://login.example.com/; not followed because the key would go to another host.", "", 302, null, Remedy.CHECK_BASE_URL);
            case PROVIDER_ERROR -> new FetchException(k, "Featurebase answered HTTP 400: Invalid webhook ID.", "", 400, null, Remedy.CHECK_ID, Remedy.CHECK_BASE_URL);
            case INVALID_INPUT -> new FetchException(k, "\"abc\" is not an Ultravox webhook ID: expected a UUID such as 3f1c2a9e-7b4d-4e8a-9c21-5d6e7f8a9b0c.", Remedy.CHECK_ID);
            case CANCELLED -> new FetchException(k, "The fetch was cancelled.");
            case PROFILE_NOT_FOUND -> new FetchException(k, "No profile is named \"prod\".", Remedy.CHECK_PROFILE_NAME);
            case KEY_MISSING -> new FetchException(k, "Profile \"ci\" takes its key from environment variable V0_KEY, which is not set.", Remedy.ADD_KEY);
            case KEY_STORE_UNAVAILABLE -> new FetchException(k, "No OS key store is available: the Secret Service is locked.", Remedy.UNLOCK_KEY_STORE, Remedy.USE_VAULT);
            case WRONG_PASSPHRASE -> new FetchException(k, "The passphrase does not open the vault.", Remedy.ENTER_PASSPHRASE);
            case LOCAL_FAILURE -> new FetchException(k, "Could not read the profiles file: permission denied.", Remedy.CHECK_FILE);
            case INTERNAL -> new FetchException(k, "Something went wrong inside Webhook Inspector (NullPointerException).", Remedy.REPORT_BUG);
        };
    }


}
