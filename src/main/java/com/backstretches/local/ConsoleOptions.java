package com.backstretches.local;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's command line. Where the profiles live is one of three: DynamoDB Local in this process
 * with its data in a folder (the default), DynamoDB Local in memory, or another DynamoDB at an endpoint.
 * The locale (en-US unless --locale names another) is one the skill package has an interaction model for.
 */
public record ConsoleOptions(Storage storage, String table, String user, boolean realTime, boolean speak,
        boolean ssml, boolean verbose, boolean help, boolean screen, String locale) {

    public static final Path DEFAULT_DATA = Path.of(".local-data");
    public static final String DEFAULT_TABLE = "back-stretches-local";
    public static final String DEFAULT_USER = "console";
    public static final String DEFAULT_LOCALE = Envelopes.LOCALE;

    /** Options in the default locale, en-US. */
    public ConsoleOptions(Storage storage, String table, String user, boolean realTime, boolean speak,
            boolean ssml, boolean verbose, boolean help, boolean screen) {
        this(storage, table, user, realTime, speak, ssml, verbose, help, screen, DEFAULT_LOCALE);
    }

    public sealed interface Storage {
    }

    /** DynamoDB Local in this process, its data kept in {@code folder} between runs. */
    public record OnDisk(Path folder) implements Storage {
    }

    /** DynamoDB Local in this process, forgotten on exit. */
    public record InMemory() implements Storage {
    }

    /** A DynamoDB somewhere else: a DynamoDB Local server, or AWS. */
    public record Endpoint(URI uri) implements Storage {
    }

    /** A mistake on the command line, said in words the user can act on. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    public static final String USAGE = """
            Usage: ./console [options]
              Type what you would say to Alexa; read (or hear) what Alexa would say back.

              --data DIR       keep DynamoDB Local's data in DIR (default: .local-data)
              --in-memory      DynamoDB Local in memory: nothing is kept after you quit
              --endpoint URL   use another DynamoDB instead: a DynamoDB Local server, or AWS
                               (AWS uses the usual credentials and AWS_REGION)
              --table NAME     the profile table (default: back-stretches-local)
              --user ID        talk as another person (default: console)
              --locale LOCALE  talk to the skill in another locale, such as de-DE, es-ES, es-MX or
                               es-US (default: en-US): its interaction model hears you, and every
                               request carries the locale; any locale with a model in
                               skill-package/interactionModels/custom
              --real-time      take as long as Alexa would: words at 160 a minute, pauses waited
              --speak          also speak through espeak-ng, when it is installed
              --ssml           print the raw SSML the skill returned
              --screen         talk as an Echo Show: after each answer, a preview of its screen
                               is written to screen.html in the data folder (open it in a browser)
              --verbose        show the skill's log lines on stderr
              --help           this text

              In the console: an empty line is silence (Alexa plays the reprompt, then ends the
              session); "exit" ends the session as on a device ("beenden" in German, "salir" in
              Spanish); "quit" (or end of input) leaves.
              At a terminal the line can be edited, and the up arrow brings back earlier lines,
              kept in the data folder's console-history file.""";

    /** The command line, with --locale checked against the models in {@link InteractionModel#FOLDER}. */
    public static ConsoleOptions parse(String... args) throws UsageException {
        return parse(InteractionModel.FOLDER, args);
    }

    /** The command line, with --locale checked against the models in {@code models}. */
    public static ConsoleOptions parse(Path models, String... args) throws UsageException {
        Optional<Storage> storage = Optional.empty();
        String locale = DEFAULT_LOCALE;
        String table = DEFAULT_TABLE;
        String user = DEFAULT_USER;
        boolean realTime = false;
        boolean speak = false;
        boolean ssml = false;
        boolean verbose = false;
        boolean help = false;
        boolean screen = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--data" -> storage = only(storage, new OnDisk(Path.of(value(args, ++i, arg))));
                case "--in-memory" -> storage = only(storage, new InMemory());
                case "--endpoint" -> storage = only(storage, new Endpoint(endpoint(value(args, ++i, arg))));
                case "--table" -> table = tableName(value(args, ++i, arg));
                case "--user" -> user = userName(value(args, ++i, arg));
                case "--real-time" -> realTime = true;
                case "--speak" -> speak = true;
                case "--ssml" -> ssml = true;
                case "--verbose" -> verbose = true;
                case "--help", "-h" -> help = true;
                case "--screen" -> screen = true;
                case "--locale" -> locale = locale(models, value(args, ++i, arg));
                default -> throw new UsageException("unknown option " + arg + " (--help lists the options)");
            }
        }
        return new ConsoleOptions(storage.orElse(new OnDisk(DEFAULT_DATA)), table, user, realTime, speak, ssml, verbose, help, screen,
                locale);
    }

    private static Optional<Storage> only(Optional<Storage> chosen, Storage next) throws UsageException {
        if (chosen.isPresent()) {
            throw new UsageException("choose one of --data, --in-memory and --endpoint");
        }
        return Optional.of(next);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--") || args[i].isBlank()) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static URI endpoint(String text) throws UsageException {
        try {
            URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new UsageException("--endpoint needs an http or https URL, such as http://localhost:8000; got " + text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--endpoint needs a URL, such as http://localhost:8000; got " + text);
        }
    }

    /** DynamoDB's own rule for table names, checked here so the mistake is named before anything starts. */
    private static String tableName(String name) throws UsageException {
        if (!name.matches("[A-Za-z0-9_.-]{3,255}")) {
            throw new UsageException("--table: a DynamoDB table name is 3 to 255 letters, digits, '_', '-' or '.'; got " + name);
        }
        return name;
    }

    /**
     * A locale the skill package has a model for, written as its file is named: "de-de" and "de_DE"
     * are taken as de-DE.
     */
    private static String locale(Path models, String given) throws UsageException {
        List<String> available = InteractionModel.locales(models);
        if (available.isEmpty()) {
            throw new UsageException("--locale: there are no interaction models in " + models
                    + "; run the console from the repository's root folder");
        }
        String[] parts = given.split("[-_]", -1);
        String locale = parts.length == 2
                ? parts[0].toLowerCase(Locale.ROOT) + "-" + parts[1].toUpperCase(Locale.ROOT)
                : given;
        if (!available.contains(locale)) {
            throw new UsageException("--locale: there is no interaction model for " + given + " in " + models
                    + "; the locales are " + String.join(", ", available));
        }
        if (SpokenLanguage.find(locale).isEmpty()) {
            throw new UsageException("--locale: the console hears English, German and Spanish, not the language of "
                    + locale);
        }
        return locale;
    }

    private static String userName(String id) throws UsageException {
        if (!id.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new UsageException("--user: use up to 64 letters, digits, '_', '-' or '.'; got " + id);
        }
        return id;
    }
}
