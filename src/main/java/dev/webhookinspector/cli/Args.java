package dev.webhookinspector.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small GNU-style parser: {@code --name value}, {@code --name=value}, flags, positionals.
 * Each command declares its options so that a typo is an error, not silently ignored.
 */
public final class Args {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();
    /** Every value of an option given more than once ({@code watch --profile a --profile b}); {@link #value} keeps the last. */
    private final Map<String, List<String>> every = new LinkedHashMap<>();

    private Args() {}

    /**
     * @param valued options that take a value, without the leading dashes
     * @param flags options that take none
     */
    public static Args parse(List<String> raw, Set<String> valued, Set<String> flags) throws UsageException {
        Args a = new Args();
        boolean onlyPositionals = false;
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (onlyPositionals || !s.startsWith("--") || s.equals("-")) {
                a.positionals.add(s);
                continue;
            }
            if (s.equals("--")) { onlyPositionals = true; continue; }
            String name = s.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) { inline = name.substring(eq + 1); name = name.substring(0, eq); }
            if (flags.contains(name)) {
                if (inline != null) throw new UsageException("--" + name + " takes no value; remove \"=" + inline + "\".");
                a.values.put(name, "true");
            } else if (valued.contains(name)) {
                String v = inline;
                if (v == null) {
                    if (i + 1 >= raw.size()) throw new UsageException("--" + name + " needs a value; see --help.");
                    v = raw.get(++i);
                }
                a.values.put(name, v);
                a.every.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
            } else {
                throw new UsageException("Unknown option --" + name + "; see --help for the options this command takes.");
            }
        }
        return a;
    }

    public Optional<String> value(String name) { return Optional.ofNullable(values.get(name)); }

    /** Each value given for {@code name}, in order; empty when it was not given. */
    public List<String> values(String name) { return List.copyOf(every.getOrDefault(name, List.of())); }

    public boolean flag(String name) { return values.containsKey(name); }

    public List<String> positionals() { return List.copyOf(positionals); }

    public String requirePositional(int index, String what) throws UsageException {
        if (positionals.size() <= index) throw new UsageException("Missing " + what + "; see --help.");
        return positionals.get(index);
    }

    public void noMorePositionalsThan(int n) throws UsageException {
        if (positionals.size() > n) throw new UsageException("Unexpected argument \"" + positionals.get(n) + "\"; see --help.");
    }

    /** The value of {@code name}, which must be one of {@code allowed}; the first is the default. */
    public String choice(String name, String... allowed) throws UsageException {
        String v = value(name).orElse(allowed[0]);
        if (!List.of(allowed).contains(v)) {
            throw new UsageException("--" + name + " must be " + String.join(" or ", allowed) + ", not \"" + v + "\".");
        }
        return v;
    }

    /**
     * {@code --timeout SECONDS}, from 0.1 to 600; the default when absent. Less than a tenth of a second is no
     * time to connect even on this machine, and rounds to nothing the HTTP client accepts.
     */
    public java.time.Duration timeout() throws UsageException {
        Optional<String> t = value("timeout");
        if (t.isEmpty()) return dev.webhookinspector.core.provider.Connection.DEFAULT_TIMEOUT;
        try {
            double seconds = Double.parseDouble(t.get());
            if (!(seconds >= 0.1) || seconds > 600) throw new NumberFormatException();
            return java.time.Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new UsageException("--timeout must be a number of seconds from 0.1 to 600, not \"" + t.get() + "\".");
        }
    }
}
