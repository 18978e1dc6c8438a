package dev.webhookinspector.cli;

import dev.webhookinspector.core.problem.ExitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.profile.KeyStoreKind;
import dev.webhookinspector.core.profile.ProfileServices;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {
    private static final String KEY = "sk_live_profilecmd_0123456789abcdef";

    @TempDir Path home;
    private CliSession cli;

    @BeforeEach
    void session() { cli = new CliSession(home); }

    private CliSession.Result addToVault(String name, String provider, String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "profile";
        args[1] = "add";
        args[2] = name;
        args[3] = "--provider=" + provider;
        args[4] = "--store=vault";
        System.arraycopy(more, 0, args, 5, more.length);
        CliSession.Result r = cli.withInput(KEY + "\n", args);
        assertEquals(0, r.code(), r.toString());
        return r;
    }

    @Test
    void addReadsTheKeyFromStandardInputAndShowPrintsItOnlyMasked() {
        CliSession.Result added = addToVault("prod", "featurebase", "--api-version", "2026-08-19.orbit", "--note", "main account");
        assertEquals("Added profile \"prod\" (Featurebase, key in the encrypted vault).\n", added.out());
        CliSession.Result show = cli.run("profile", "show", "PROD");
        assertEquals(0, show.code(), show.toString());
        assertTrue(show.out().contains("Provider     Featurebase\n"), show.out());
        assertTrue(show.out().contains("API version  2026-08-19.orbit"), show.out());
        assertTrue(show.out().contains("Note         main account"), show.out());
        assertTrue(show.out().contains("Key          " + new ApiKey(KEY).masked() + " in the encrypted vault"), show.out());
        assertFalse(show.out().contains(KEY));
    }

    @Test
    void addWithNothingOnStandardInputIsRefusedAndSavesNothing() {
        CliSession.Result r = cli.withInput("", "profile", "add", "prod", "--provider", "v0", "--store", "vault");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("No API key on standard input"), r.err());
        assertTrue(cli.run("profile", "list").out().startsWith("No profiles yet"));
    }

    @Test
    void aKeyGivenAsAnArgumentIsRefusedWithoutRepeatingIt() {
        CliSession.Result extra = cli.withInput(KEY + "\n", "profile", "add", "prod", "--provider", "v0", "--store", "vault", "sk_live_pasted_by_mistake_123");
        assertEquals(2, extra.code());
        assertFalse(extra.err().contains("sk_live_pasted_by_mistake_123"), extra.err());
        assertTrue(extra.err().contains("standard input"), extra.err());
        CliSession.Result inline = cli.run("profile", "edit", "prod", "--key=sk_live_pasted_by_mistake_123");
        assertEquals(2, inline.code());
        assertFalse(inline.err().contains("sk_live_pasted_by_mistake_123"), inline.err());
    }

    @Test
    void withoutAnOsKeyStoreAddSaysSoAndOffersTheVault() {
        boolean keyring = ProfileServices.open(Map.of("WEBHOOK_INSPECTOR_HOME", home.toString())).availableStores().contains(KeyStoreKind.KEYRING);
        assumeFalse(keyring, "an OS key store is available here; ProfileKeyringSessionTest covers that case");
        CliSession.Result r = cli.withInput(KEY + "\n", "profile", "add", "prod", "--provider", "ultravox");
        assertEquals(ExitCode.LOCAL.code(), r.code());
        assertEquals("webhook-inspector profile add: No OS key store is available: no Secret Service, Keychain or Credential Manager answered."
                + " Use --store vault (an encrypted file) or --store env:VARIABLE instead.\n", r.err());
        assertTrue(cli.run("profile", "list").out().startsWith("No profiles yet"));
        assertFalse(Files.exists(home.resolve("keys.vault")), "no silent fallback to the vault");
    }

    @Test
    void badInputNamesTheValueAndTheRule() {
        CliSession.Result tooLong = cli.withInput(KEY + "\n", "profile", "add", "n".repeat(65), "--provider", "v0", "--store", "vault");
        assertEquals(2, tooLong.code());
        assertTrue(tooLong.err().contains("\"" + "n".repeat(65) + "\" is too long (65 characters); use at most 64"), tooLong.err());

        CliSession.Result provider = cli.withInput(KEY + "\n", "profile", "add", "x", "--provider", "stripe", "--store", "vault");
        assertEquals(2, provider.code());
        assertTrue(provider.err().contains("Unknown provider \"stripe\"; use one of ultravox|v0|featurebase"), provider.err());

        CliSession.Result http = cli.withInput(KEY + "\n", "profile", "add", "x", "--provider", "v0", "--base-url", "http://api.example.com", "--store", "vault");
        assertEquals(2, http.code());
        assertTrue(http.err().contains("loopback"), http.err());

        CliSession.Result store = cli.withInput(KEY + "\n", "profile", "add", "x", "--provider", "v0", "--store", "env:1BAD");
        assertEquals(2, store.code());
        assertTrue(store.err().contains("\"1BAD\""), store.err());

        CliSession.Result version = cli.withInput(KEY + "\n", "profile", "add", "x", "--provider", "v0", "--api-version", "2026-01-01.nova", "--store", "vault");
        assertEquals(2, version.code());
        assertTrue(version.err().contains("--api-version applies to Featurebase only"), version.err());

        addToVault("Prod", "v0");
        CliSession.Result duplicate = cli.withInput(KEY + "\n", "profile", "add", "PROD", "--provider", "v0", "--store", "vault");
        assertEquals(2, duplicate.code());
        assertTrue(duplicate.err().contains("A profile named \"Prod\" already exists (names are compared ignoring case)"), duplicate.err());

        CliSession.Result unknown = cli.run("profile", "frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown sub-command \"frobnicate\""), unknown.err());
    }

    @Test
    void listPrintsATableAndJsonWithNameProviderBaseUrlAndStore() throws Exception {
        addToVault("prod", "featurebase");
        assertEquals(0, cli.run("profile", "add", "ci", "--provider", "v0", "--store", "env:V0_KEY", "--base-url", "http://127.0.0.1:8080/v0").code());
        String table = cli.run("profile", "list").out();
        assertEquals("""
                NAME  PROVIDER     BASE URL                    KEY STORE   NOTE
                prod  featurebase  https://do.featurebase.app  vault
                ci    v0           http://127.0.0.1:8080/v0    env:V0_KEY
                """, table);
        CliSession.Result json = cli.run("profile", "list", "--format", "json");
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertEquals(2, array.size());
        assertEquals("ci", array.get(1).get("name").asText());
        assertEquals("v0", array.get(1).get("provider").asText());
        assertEquals("http://127.0.0.1:8080/v0", array.get(1).get("baseUrl").asText());
        assertEquals("env:V0_KEY", array.get(1).get("store").asText());
        assertEquals("vault", array.get(0).get("store").asText());
        assertEquals(2, cli.run("profile", "list", "--format", "xml").code());
    }

    @Test
    void editChangesSettingsMovesTheKeyAndReadsANewOneFromStandardInput() {
        addToVault("prod", "featurebase", "--api-version", "2026-08-19.orbit");
        CliSession.Result toEnv = cli.run("profile", "edit", "prod", "--store", "env:FB_KEY", "--note", "from CI");
        assertEquals(0, toEnv.code(), toEnv.toString());
        assertEquals("Updated profile \"prod\"; its key is now read from environment variable FB_KEY.\n", toEnv.out());

        CliSession.Result needsKey = cli.run("profile", "edit", "prod", "--store", "vault");
        assertEquals(2, needsKey.code());
        assertTrue(needsKey.err().contains("needs the key: add --key"), needsKey.err());

        String newKey = "sk_live_rotated_key_9876543210";
        CliSession.Result back = cli.withInput(newKey + "\n", "profile", "edit", "prod", "--store", "vault", "--key");
        assertEquals(0, back.code(), back.toString());
        assertTrue(back.out().contains("new key " + new ApiKey(newKey).masked()), back.out());
        assertTrue(cli.run("profile", "show", "prod").out().contains(new ApiKey(newKey).masked() + " in the encrypted vault"));

        CliSession.Result provider = cli.withInput(newKey + "\n", "profile", "edit", "prod", "--provider", "v0", "--key");
        assertEquals(0, provider.code(), provider.toString());
        assertTrue(provider.out().contains("Dropped option apiVersion, which v0 does not use."), provider.out());

        CliSession.Result url = cli.withInput(newKey + "\n", "profile", "edit", "prod", "--base-url", "http://localhost:9000", "--key");
        assertEquals(0, url.code());
        assertTrue(cli.run("profile", "show", "prod").out().contains("Base URL     http://localhost:9000\n"));
        assertEquals(0, cli.run("profile", "edit", "prod", "--base-url", "http://localhost:9000/gateway").code(), "same origin: the key stays");
        assertEquals(0, cli.withInput(newKey + "\n", "profile", "edit", "prod", "--base-url", "default", "--key").code());
        assertTrue(cli.run("profile", "show", "prod").out().contains("(the provider's default)"));

        CliSession.Result nothing = cli.run("profile", "edit", "prod");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("Nothing to change"), nothing.err());
    }

    @Test
    void editThatChangesProviderOrOriginRefusesToCarryTheStoredKeyAcross() {
        addToVault("prod", "ultravox");
        CliSession.Result origin = cli.run("profile", "edit", "prod", "--base-url", "https://attacker.example/");
        assertEquals(ExitCode.USAGE.code(), origin.code(), origin.toString());
        assertEquals("webhook-inspector profile edit: Profile \"prod\" would change from Ultravox at https://api.ultravox.ai to Ultravox at"
                + " https://attacker.example, and its stored key is never carried to another provider or address; nothing was changed."
                + " Give the key for the new provider or address: webhook-inspector profile edit NAME --key, with the key on standard input.\n",
                origin.err());
        CliSession.Result provider = cli.run("profile", "edit", "prod", "--provider", "v0");
        assertEquals(ExitCode.USAGE.code(), provider.code(), provider.toString());
        assertTrue(provider.err().contains("would change from Ultravox at https://api.ultravox.ai to v0 at https://api.v0.dev"), provider.err());
        CliSession.Result port = cli.run("profile", "edit", "prod", "--base-url", "https://api.ultravox.ai:8443");
        assertEquals(ExitCode.USAGE.code(), port.code(), "another port is another origin: " + port);
        String show = cli.run("profile", "show", "prod").out();
        assertTrue(show.contains("(the provider's default)") && show.contains("Provider     Ultravox"), "nothing was changed: " + show);

        String attackerKey = "sk_for_the_new_address_000111";
        CliSession.Result withKey = cli.withInput(attackerKey + "\n", "profile", "edit", "prod", "--base-url", "https://gateway.example/", "--key");
        assertEquals(0, withKey.code(), withKey.toString());
        assertTrue(cli.run("profile", "show", "prod").out().contains(new ApiKey(attackerKey).masked()), "the new key replaced the old one");
    }

    @Test
    void renameKeepsTheKeyAndRemoveDeletesProfileAndKey() {
        addToVault("prod", "v0");
        CliSession.Result renamed = cli.run("profile", "rename", "PROD", "production");
        assertEquals("Renamed profile \"prod\" to \"production\".\n", renamed.out());
        assertTrue(cli.run("profile", "show", "production").out().contains(new ApiKey(KEY).masked()));

        CliSession.Result removed = cli.run("profile", "remove", "production");
        assertEquals(0, removed.code(), removed.toString());
        assertEquals("Removed profile \"production\" and its key from the encrypted vault.\n", removed.out());
        CliSession.Result again = cli.run("profile", "remove", "production");
        assertEquals(ExitCode.USAGE.code(), again.code(), "an unknown profile is bad usage in every command, as in get");
        assertTrue(again.err().contains("No profile is named \"production\". Run webhook-inspector profile list to see the names."), again.err());
        assertEquals(ExitCode.USAGE.code(), cli.run("profile", "show", "production").code());
    }

    @Test
    void exportLeavesKeysOutAndImportNeverOverwritesSilently() throws Exception {
        addToVault("prod", "featurebase", "--note", "shared");
        assertEquals(0, cli.run("profile", "add", "ci", "--provider", "v0", "--store", "env:V0_KEY").code());
        Path file = home.resolve("export.json");
        CliSession.Result exported = cli.run("profile", "export", file.toString());
        assertEquals("Exported 2 profiles without keys to " + file + ".\n", exported.out());
        assertFalse(Files.readString(file).contains(KEY));
        CliSession.Result overwrite = cli.run("profile", "export", file.toString(), "prod");
        assertEquals(2, overwrite.code());
        assertTrue(overwrite.err().contains("already exists; choose another file or add --force"), overwrite.err());
        assertEquals(0, cli.run("profile", "export", file.toString(), "prod", "ci", "--force").code());

        CliSession.Result refused = cli.run("profile", "import", file.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("These profiles already exist here: prod, ci. Nothing was imported."), refused.err());
        assertTrue(refused.err().contains("--skip-existing") && refused.err().contains("--rename") && refused.err().contains("--replace"), refused.err());

        CliSession.Result skipped = cli.run("profile", "import", file.toString(), "--skip-existing");
        assertTrue(skipped.out().contains("Imported 0 profiles") && skipped.out().contains("Skipped (already here): prod, ci."), skipped.out());

        CliSession.Result renamed = cli.run("profile", "import", file.toString(), "--rename", "--yes");
        assertTrue(renamed.out().contains("\"prod\" was imported as \"prod (imported)\"."), renamed.out());
        assertTrue(renamed.out().contains("\"ci (imported)\" reads its key from environment variable V0_KEY, sent to v0 at https://api.v0.dev."),
                renamed.out());
        assertTrue(renamed.out().contains("Store one for each of prod (imported) with: webhook-inspector profile edit NAME --key"), renamed.out());
        assertTrue(cli.run("profile", "list").out().contains("prod (imported)  featurebase  https://do.featurebase.app  vault (no key yet)"));

        assertEquals(0, cli.run("profile", "edit", "prod", "--note", "local change").code());
        CliSession.Result replaced = cli.run("profile", "import", file.toString(), "--replace");
        assertTrue(replaced.out().contains("Replaced the settings of: prod, ci (keys kept)."), replaced.out());
        String show = cli.run("profile", "show", "prod").out();
        assertTrue(show.contains("Note         shared") && show.contains(new ApiKey(KEY).masked()), show);

        assertEquals(2, cli.run("profile", "import", file.toString(), "--rename", "--replace").code());
        Files.writeString(home.resolve("junk.json"), "[1, 2]");
        CliSession.Result junk = cli.run("profile", "import", home.resolve("junk.json").toString());
        assertEquals(2, junk.code());
        assertTrue(junk.err().contains("is not a profile export this app can read"), junk.err());
    }

    @Test
    void importRefusesAHugeFileBeforeReadingIt() throws Exception {
        Path huge = home.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }
        CliSession.Result r = cli.run("profile", "import", huge.toString());
        assertEquals(ExitCode.USAGE.code(), r.code(), r.toString());
        assertEquals("webhook-inspector profile import: The file " + huge + " is 3 GiB; files above 16 MiB are not read, as no profile or vault"
                + " file is that large. Nothing was imported; import an export file saved by Webhook Inspector.\n", r.err());
    }

    @Test
    void importRefusesADeviceOrAFolder() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
        CliSession.Result zero = cli.run("profile", "import", "/dev/zero");
        assertEquals(ExitCode.USAGE.code(), zero.code(), zero.toString());
        assertEquals("webhook-inspector profile import: The file /dev/zero is a device, pipe or socket, not a regular file, so it was not read."
                + " Nothing was imported; import an export file saved by Webhook Inspector.\n", zero.err());

        CliSession.Result folder = cli.run("profile", "import", home.toString());
        assertEquals(ExitCode.USAGE.code(), folder.code(), folder.toString());
        assertTrue(folder.err().contains("The file " + home + " is a folder, not a regular file, so it was not read."), folder.err());
    }

    @Test
    void importRefusesAPipeWithoutOpeningIt() throws Exception {
        Path fifo = home.resolve("export.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works here");
        // A writer with a valid export waits for a reader: the import must refuse the pipe without opening it.
        byte[] export = "{\"format\": \"webhook-inspector-profiles\", \"schemaVersion\": 1, \"profiles\": []}".getBytes(StandardCharsets.UTF_8);
        Thread writer = Thread.ofPlatform().daemon().start(() -> {
            try {
                Files.write(fifo, export);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CliSession.Result pipe = cli.run("profile", "import", fifo.toString());
        assertEquals(ExitCode.USAGE.code(), pipe.code(), pipe.toString());
        assertTrue(pipe.err().contains("The file " + fifo + " is a device, pipe or socket, not a regular file, so it was not read."), pipe.err());
        assertArrayEquals(export, Files.readAllBytes(fifo), "the writer was still waiting: the import never opened the pipe");
        writer.join();
    }

    @Test
    void aCorruptProfilesFileIsReportedOnStandardErrorAndSetAside() throws Exception {
        addToVault("prod", "v0");
        addToVault("second", "v0");
        Files.writeString(home.resolve("profiles.json"), "{ not json");
        CliSession.Result r = cli.run("profile", "list");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("prod") && !r.out().contains("second"), "the backup (before the second add) is used: " + r.out());
        assertTrue(r.err().startsWith("webhook-inspector profile: warning: The profiles file " + home.resolve("profiles.json") + " could not be read"), r.err());
        assertTrue(r.err().contains("profiles.json.corrupt-"), r.err());
        assertEquals("", cli.run("profile", "list").err(), "told once, then it is fixed");
    }

    @Test
    void aVaultPassphraseOfOnlySpacesIsRefusedAndNoVaultIsCreated() {
        cli.env.put("WEBHOOK_INSPECTOR_VAULT_PASSPHRASE", "        ");
        CliSession.Result r = cli.withInput(KEY + "\n", "profile", "add", "prod", "--provider", "v0", "--store", "vault");
        assertEquals(ExitCode.USAGE.code(), r.code(), r.toString());
        assertEquals("webhook-inspector profile add: WEBHOOK_INSPECTOR_VAULT_PASSPHRASE holds only spaces; a new vault needs a passphrase"
                + " of at least 8 characters that are not all spaces.\n", r.err());
        assertFalse(Files.exists(home.resolve("keys.vault")));
        assertTrue(cli.run("profile", "list").out().startsWith("No profiles yet"));
    }

    @Test
    void aWrongVaultPassphraseIsAClearError() {
        addToVault("prod", "v0");
        cli.env.put("WEBHOOK_INSPECTOR_VAULT_PASSPHRASE", "not the passphrase");
        CliSession.Result show = cli.run("profile", "show", "prod");
        assertTrue(show.out().contains("could not be read: The passphrase does not open the vault"), show.out());
        CliSession.Result test = cli.run("profile", "test", "prod");
        assertEquals(ExitCode.LOCAL.code(), test.code());
        assertTrue(test.err().contains("The passphrase does not open the vault"), test.err());
        cli.env.remove("WEBHOOK_INSPECTOR_VAULT_PASSPHRASE");
        CliSession.Result noTerminal = cli.run("profile", "test", "prod");
        assertEquals(ExitCode.LOCAL.code(), noTerminal.code());
        assertTrue(noTerminal.err().contains("there is no terminal to ask for it; set WEBHOOK_INSPECTOR_VAULT_PASSPHRASE"), noTerminal.err());
    }

    @Test
    void helpListsEverySubCommand() {
        CliSession.Result help = cli.run("profile", "--help");
        assertEquals(0, help.code());
        for (String sub : new String[] {"add NAME", "list", "show NAME", "edit NAME", "rename OLD NEW", "remove NAME", "test NAME", "export FILE", "import FILE"}) {
            assertTrue(help.out().contains(sub), sub);
        }
        assertEquals(2, cli.run("profile").code());
    }
}
