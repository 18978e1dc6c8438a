package dev.webhookinspector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of the architecture guide, checked on the compiled main code. */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.webhookinspector");
    }

    @Test
    void coreImportsNoJavaFxNoWindowNoCommandLineAndNoDesktopApis() {
        noClasses().that().resideInAPackage("dev.webhookinspector.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.webhookinspector.ui..", "dev.webhookinspector.cli..",
                        "dev.webhookinspector.sandbox..", "dev.webhookinspector.notify..", "atlantafx..", "org.controlsfx..", "org.kordamp..",
                        "java.awt..", "org.freedesktop..", "dev.webhookinspector.metrics..", "io.prometheus..")
                .because("core decides and the front ends render; the window and the command line depend on core, never the reverse")
                .check(main);
    }

    @Test
    void desktopNotifiersServeBothFrontEndsSoTheyUseNeitherNorJavaFx() {
        noClasses().that().resideInAPackage("dev.webhookinspector.notify..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.webhookinspector.ui..", "dev.webhookinspector.cli..",
                        "dev.webhookinspector.sandbox..", "atlantafx..", "org.controlsfx..", "org.kordamp..")
                .because("notify/ holds the D-Bus and tray notifiers outside core (they use AWT and D-Bus) and outside ui (the command line's"
                        + " watch --notify uses them without a window); the decision and the Notifier interface stay in core/notify")
                .check(main);
    }

    @Test
    void metricsServeBothFrontEndsSoTheyUseNeitherNorJavaFx() {
        noClasses().that().resideInAPackage("dev.webhookinspector.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.webhookinspector.ui..", "dev.webhookinspector.cli..",
                        "dev.webhookinspector.sandbox..", "dev.webhookinspector.notify..")
                .because("metrics/ turns a watch's findings into Prometheus metrics for the command line now and the window later;"
                        + " the Prometheus client stays out of core")
                .check(main);
    }

    @Test
    void onlyTheNotifiersTalkDbusDirectly() {
        noClasses().that().resideOutsideOfPackage("dev.webhookinspector.notify..")
                .should().dependOnClassesThat().resideInAPackage("org.freedesktop..")
                .because("the key store reaches D-Bus through java-keyring; notifications are the one place that speaks it")
                .check(main);
    }

    @Test
    void onlyTheHttpPackageTalksHttp() {
        noClasses().that().resideOutsideOfPackages("dev.webhookinspector.core.http..", "dev.webhookinspector.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .because("SafeHttp is where redirects, retries, limits and the key's origin are enforced")
                .check(main);
    }

    @Test
    void providerPackagesAreUsedOnlyThroughTheProviderInterface() {
        for (String provider : new String[] {"ultravox", "v0", "featurebase"}) {
            String pkg = "dev.webhookinspector.core.provider." + provider + "..";
            noClasses().that().resideOutsideOfPackage(pkg)
                    .should().dependOnClassesThat().resideInAPackage(pkg)
                    .because("the front ends render the descriptor; a provider is registered by ServiceLoader, not named in code")
                    .check(main);
        }
    }

    @Test
    void theSimulatorIsUsedByTheDemoTheSandboxCommandAndTheCacheTrainingOnly() {
        noClasses().that().resideOutsideOfPackages("dev.webhookinspector.sandbox..", "dev.webhookinspector.ui.demo..")
                .and().doNotHaveFullyQualifiedName("dev.webhookinspector.cli.SandboxCommand")
                // The AOT cache's training run fetches from the simulator on loopback, never from a provider.
                .and().doNotHaveFullyQualifiedName("dev.webhookinspector.AotTraining")
                .should().dependOnClassesThat().resideInAPackage("dev.webhookinspector.sandbox..")
                .check(main);
    }

    @Test
    void viewModelsNeverTouchAControl() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene.control..", "javafx.scene.layout..")
                .because("a ViewModel holds state and commands; its View builds and binds the controls")
                .check(main);
    }
}
