package dev.webhookinspector.ui.main;

import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.profile.ProfileService;
import java.util.List;

/** The saved profiles as the profile layer reads them, with anything it wants the user told. */
public record ProfileListing(List<Profile> profiles, List<String> warnings) {
    public ProfileListing {
        profiles = List.copyOf(profiles);
        warnings = List.copyOf(warnings);
    }

    /** Blocks on the profile file: call it off the JavaFX thread. */
    public static ProfileListing read(ProfileService service) throws ProfileException {
        return new ProfileListing(service.list(), service.warnings());
    }
}
