package dev.webhookinspector.ui;

import java.util.Locale;
import java.util.Optional;

/** The user's theme choice; SYSTEM follows the operating system's light or dark setting. */
public enum ThemeMode {
    SYSTEM, LIGHT, DARK;

    public static Optional<ThemeMode> parse(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
