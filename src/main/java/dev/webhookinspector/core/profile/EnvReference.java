package dev.webhookinspector.core.profile;

/**
 * An environment variable an import makes a profile read its key from. The variable may hold any secret on
 * this computer, so one that is not plainly this app's key for that provider is shown and must be confirmed.
 *
 * @param profile the profile's name as saved
 * @param sentTo where the variable's value would be sent
 * @param needsConfirmation see {@link ProfileRules#envReferenceNeedsConfirmation}
 */
public record EnvReference(String profile, String variable, KeyBinding sentTo, boolean needsConfirmation) {
    static EnvReference of(String savedName, Profile p) {
        return new EnvReference(savedName, p.keyRef().locator(), KeyBinding.of(p), ProfileRules.envReferenceNeedsConfirmation(p));
    }
}
