package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.text.SafeText;
import java.time.ZoneId;
import java.util.List;

/**
 * A fetched snapshot with the panels' heavy parts worked out: secrets masked, server text made safe to show, the
 * fields tree's top level, the raw JSON's lines, the failures' rows, groups and timeline. Made off the JavaFX
 * thread (it touches no control and no property), so showing 10,000 failures only hands the results over.
 *
 * @param shown the masked snapshot with every server string made harmless to show
 * @param recorded what recording it in the history said; {@link Recorded#NONE} when it was not recorded
 */
public record PreparedSnapshot(FetchResult fetched, Snapshot masked, Snapshot shown, ProviderDescriptor provider,
                               FieldsViewModel.Prepared fields, List<JsonLines.Line> rawLines,
                               FailuresViewModel.Prepared failures, ZoneId zone, Recorded recorded) {

    /** @param zone the zone the panels show local times in; the timeline's days and hours follow it */
    public static PreparedSnapshot of(FetchResult fetched, ZoneId zone) {
        // Secrets masked wherever the provider repeats them; then every server string made harmless to show:
        // a Label ignores ESC, but a bidi override would still make a name or URL read as another.
        Snapshot masked = fetched.snapshot().masked();
        Snapshot shown = masked.mapText(SafeText::terminal);
        ProviderDescriptor provider = Providers.byId(fetched.snapshot().provider()).map(Provider::descriptor)
                .orElseThrow(() -> new IllegalArgumentException("No provider " + fetched.snapshot().provider() + " is registered"));
        // The raw JSON unescaped: its writer escapes the same characters itself, and escaping twice would show \\u202E.
        return new PreparedSnapshot(fetched, masked, shown, provider,
                FieldsViewModel.prepare(shown, provider, shown.raw()),
                RawJsonViewModel.prepare(masked.raw()),
                FailuresViewModel.prepare(shown, provider, zone), zone, Recorded.NONE);
    }

    public PreparedSnapshot withRecorded(Recorded r) {
        return new PreparedSnapshot(fetched, masked, shown, provider, fields, rawLines, failures, zone, r);
    }
}
