package dev.webhookinspector.cli;

import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.text.SafeText;
import dev.webhookinspector.core.watch.WatchTarget;
import java.util.ArrayList;
import java.util.List;

/** What {@code watch} refreshes, from its arguments: profiles (named, or all), or webhook IDs of one connection. */
final class WatchTargets {
    private WatchTargets() {}

    static List<WatchTarget> resolve(Args args, CliContext ctx, String command) throws UsageException, ProfileException {
        List<String> ids = args.positionals();
        List<String> profiles = args.values("profile");
        boolean all = args.flag("all");
        if (all && (!profiles.isEmpty() || args.value("provider").isPresent() || !ids.isEmpty())) {
            throw new UsageException("--all watches every saved profile; it cannot be combined with --profile, --provider or webhook IDs.");
        }
        if (!ids.isEmpty() && profiles.size() > 1) {
            throw new UsageException("Webhook IDs belong to one account: give one --profile (or --provider) with them, not " + profiles.size() + ".");
        }
        if (all) return everyProfile(args, ctx, command);
        List<WatchTarget> targets = new ArrayList<>();
        if (profiles.isEmpty()) {
            Connection c = ConnectionArgs.resolve(args, ctx, command);
            add(targets, "", c, ids);
            return targets;
        }
        for (String name : profiles) {
            add(targets, name, ProfileConnections.connect(name, args, ctx, args.timeout(), command), ids);
        }
        return targets;
    }

    private static void add(List<WatchTarget> targets, String profile, Connection c, List<String> ids) {
        if (ids.isEmpty()) {
            targets.add(new WatchTarget.Account(profile, c));
        } else {
            for (String id : ids) targets.add(new WatchTarget.Webhook(profile, c, id));
        }
    }

    /** A profile that cannot be used (no key, a locked store) is skipped with a line; none usable is the first one's problem. */
    private static List<WatchTarget> everyProfile(Args args, CliContext ctx, String command) throws UsageException, ProfileException {
        List<Profile> saved;
        try (ProfileService service = ProfileServices.open(ctx.env())) {
            saved = service.list();
        }
        if (saved.isEmpty()) {
            throw new UsageException("There are no saved profiles to watch; add one with webhook-inspector profile add NAME --provider P.");
        }
        List<WatchTarget> targets = new ArrayList<>();
        ProfileException first = null;
        for (Profile p : saved) {
            try {
                targets.add(new WatchTarget.Account(p.name(), ProfileConnections.connect(p.name(), args, ctx, args.timeout(), command)));
            } catch (ProfileException e) {
                if (first == null) first = e;
                ctx.err().println(Advice.line(command, e.problem()).replaceFirst(": ", java.util.regex.Matcher.quoteReplacement(": skipping profile \"" + SafeText.terminal(p.name()) + "\": ")));
            }
        }
        if (targets.isEmpty()) throw first;
        return targets;
    }
}
