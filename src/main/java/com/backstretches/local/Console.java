package com.backstretches.local;

import com.backstretches.lambda.BackStretchesHandler;
import com.backstretches.local.ConsoleOptions.UsageException;
import com.backstretches.local.ConsoleSession.Heard;
import com.backstretches.logging.LogSettings;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The local console: type what you would say to Alexa, read (or hear) what Alexa would say back. Each
 * line becomes a real request envelope, sent through the skill's Lambda entry point, with profiles in
 * DynamoDB Local. With a terminal it prompts and colours, lines can be edited and recalled (kept in
 * the data folder between runs), and answers wrap between words at the terminal's width; with piped
 * input it prints one block per line and nothing else, for scripts and tests.
 */
public final class Console {

    /** The interaction model of the default locale, en-US; --locale picks another in {@link InteractionModel#FOLDER}. */
    static final Path MODEL = InteractionModel.file(InteractionModel.FOLDER, Envelopes.LOCALE);
    /** The skill's manifest, with its name in each locale. */
    static final Path MANIFEST = Path.of("skill-package/skill.json");
    /** The skill id the console's envelopes carry; the handler checks it, as in the deployed skill. */
    static final String SKILL_ID = "amzn1.ask.skill.10ca1c0e-0000-4000-8000-000000000000";

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** The history of lines typed at a terminal, in the data folder beside DynamoDB Local's files. */
    static final String HISTORY_FILE = "console-history";
    static final String SCREEN_FILE = "screen.html";
    static final String PROMPT = "\u001b[1myou> \u001b[0m";

    private Console() {
    }

    public static void main(String[] args) {
        // Java 17: a console exists only when both standard input and standard output are a terminal.
        boolean terminal = System.console() != null;
        System.exit(run(args, System.out, System.err, terminal, history -> terminal
                ? atTerminal(history, System.err)
                : new PlainInput(System.in, System.out, false)));
    }

    /**
     * The whole console, for one person, until quit or the end of input; returns the exit code. Lines
     * are read from {@code input} as they come (no line editing); {@code terminal} prompts and colours.
     */
    public static int run(String[] args, InputStream input, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, out, err, terminal, history -> new PlainInput(input, out, terminal));
    }

    /**
     * As above, lines from {@code lines}, given the history file (when the console keeps a data folder),
     * called once the data folder is ready.
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal,
            Function<Optional<Path>, LineInput> lines) {
        ConsoleOptions options;
        try {
            options = ConsoleOptions.parse(args);
        } catch (UsageException e) {
            err.println("console: " + e.getMessage());
            return USAGE;
        }
        if (options.help()) {
            out.println(ConsoleOptions.USAGE);
            return OK;
        }
        quietLogging(options.verbose());
        Path modelFile = InteractionModel.file(InteractionModel.FOLDER, options.locale());
        InteractionModel model;
        try {
            model = InteractionModel.load(modelFile);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("console: cannot read the interaction model " + modelFile + " (" + e.getMessage()
                    + "); run the console from the repository's root folder");
            return FAILED;
        }
        SpokenLanguage language = SpokenLanguage.find(options.locale()).orElse(SpokenLanguage.ENGLISH);
        Optional<Speaker> speaker = options.speak()
                ? Speaker.find(System.getenv("PATH"), err).map(s -> s.forLocale(options.locale()))
                : Optional.empty();
        try (LocalDatabase db = LocalDatabase.open(options.storage(), options.table());
                LineInput input = lines.apply(historyFile(options.storage()))) {
            Routine routine = RoutineLoader.standard();
            // Alexa's APIs, stood in for: the device is in this machine's zone; reminders last while the console runs.
            LocalAlexaApi alexaApi = new LocalAlexaApi(ZoneId.systemDefault());
            BackStretchesHandler handler = new BackStretchesHandler(
                    new DynamoDbProfileStore(db.client(), db.table(), new Navigator(routine).fresh()),
                    Clock.systemUTC(), routine, Optional.of(SKILL_ID), alexaApi);
            Envelopes envelopes = new Envelopes(SKILL_ID, userId(options.user())).withLocale(options.locale());
            AlexaClient alexa = new AlexaClient(handler, model, options.screen() ? envelopes.withScreen(ScreenDevice.ECHO_SHOW_8) : envelopes);
            String skillName = skillName(MANIFEST, options.locale());
            ConsolePrinter printer = new ConsolePrinter(out,
                    new ConsolePrinter.Style(terminal, !terminal, options.ssml(), options.realTime()), speaker, Thread::sleep,
                    alexaApi::takeChanges, input::columns).speaking(language, skillName);
            if (terminal) {
                out.println(WordWrap.wrap(skillName + ", local console. Profiles: " + db.description() + "; user "
                        + options.user() + "; locale " + options.locale() + ".", input.columns(), ""));
                out.println(WordWrap.wrap("Say what you would say to Alexa, such as \""
                        + language.openPhrase(model.invocationName()) + "\". An empty line"
                        + " is silence; \"quit\" leaves.", input.columns(), ""));
                out.println();
            }
            Optional<Path> preview = options.screen() ? Optional.of(screenFile(options.storage())) : Optional.empty();
            converse(new ConsoleSession(alexa), printer, input, out, terminal, preview);
            return OK;
        } catch (LocalDatabase.UnavailableException e) {
            err.println("console: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        } catch (IOException e) {
            err.println("console: cannot read input: " + e.getMessage());
            return FAILED;
        }
    }

    private static void converse(ConsoleSession session, ConsolePrinter printer, LineInput lines, PrintStream out,
            boolean terminal, Optional<Path> preview) throws IOException, InterruptedException {
        while (!session.finished()) {
            String line = lines.readLine();
            if (line == null) {
                Heard last = session.endOfInput();
                // Piped input gets exactly one block per line; at a terminal, show an open session closing.
                if (terminal && last instanceof ConsoleSession.Closed) {
                    out.println();
                    printer.print("", last);
                }
                return;
            }
            Heard heard = session.hear(line);
            printer.print(line, heard);
            if (preview.isPresent() && heard instanceof ConsoleSession.Answer answer && answer.turn().screen().isPresent()) {
                Files.createDirectories(preview.get().toAbsolutePath().getParent());
                Files.writeString(preview.get(), ScreenPreview.html(answer.turn().screen().get()));
                out.println("       screen: " + preview.get().toAbsolutePath().toUri());
            }
        }
    }

    /**
     * The skill's name in {@code locale} as its manifest gives it ("Sanfte Rückendehnung"), for Alexa's
     * own words about the skill; "Back Stretches" when the manifest cannot say.
     */
    static String skillName(Path manifest, String locale) {
        try {
            String name = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(manifest))
                    .path("manifest").path("publishingInformation").path("locales").path(locale).path("name").asText("");
            return name.isBlank() ? ConsolePrinter.SKILL_NAME : name;
        } catch (IOException | RuntimeException e) {
            return ConsolePrinter.SKILL_NAME;
        }
    }

    /** Where --screen writes its preview: the data folder, or the system's temporary folder when nothing is kept. */
    static Path screenFile(ConsoleOptions.Storage storage) {
        return storage instanceof ConsoleOptions.OnDisk disk ? disk.folder().resolve(SCREEN_FILE)
                : Path.of(System.getProperty("java.io.tmpdir"), "back-stretches-" + SCREEN_FILE);
    }

    /**
     * Line editing and history through JLine ({@link TerminalInput}, loaded only here); if it cannot
     * start (no JLine on the class path, no usable terminal), lines as they come, with the prompt.
     */
    private static LineInput atTerminal(Optional<Path> history, PrintStream err) {
        try {
            return TerminalInput.open(history, PROMPT);
        } catch (IOException | RuntimeException | LinkageError e) {
            err.println("console: no line editing (" + e + "); reading lines as typed");
            return new PlainInput(System.in, System.out, true);
        }
    }

    /** Where lines typed at a terminal are kept: the data folder, if the console has one; else nowhere. */
    static Optional<Path> historyFile(ConsoleOptions.Storage storage) {
        return storage instanceof ConsoleOptions.OnDisk disk ? Optional.of(disk.folder().resolve(HISTORY_FILE)) : Optional.empty();
    }

    /** A stable, Alexa-shaped user id per console user name, so their profile is found again next run. */
    static String userId(String user) {
        return "amzn1.ask.account.CONSOLE-" + user.toUpperCase(Locale.ROOT);
    }

    /**
     * The skill logs one JSON line per request to stdout in Lambda; here stdout is the conversation,
     * so logging goes to stderr, warnings only unless verbose. Must run before the first logger exists.
     */
    private static void quietLogging(boolean verbose) {
        System.setProperty(LogSettings.TARGET_PROPERTY, "stderr");
        System.setProperty(LogSettings.LEVEL_PROPERTY, verbose ? "INFO" : "WARN");
    }
}
