package com.backstretches.local;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the local stand-in for Alexa needs to know about the language of a locale: how people name a
 * skill ("open ...", "öffne ...", "abre ..."), how they say numbers, times of day and durations, the
 * phrases Alexa understands for its built-in intents without samples, how they answer Alexa's own
 * permission question, and the word that closes a skill's session.
 *
 * <p>Every word list here is compared {@linkplain #fold folded}: lower case, accents and umlauts
 * dropped, ß as ss; so "más fácil" and "mas facil", "fünf" and "funf" are the same words. German
 * words typed with ae, oe or ue for an umlaut ("fuenf") are accepted as well where the matcher
 * knows the word with its umlaut.
 */
public enum SpokenLanguage {

    ENGLISH("en"),
    GERMAN("de"),
    SPANISH("es");

    private final String code;
    private final Map<String, List<String>> builtInPhrases;
    private final Set<String> launchVerbs;
    private final Set<String> askVerbs;
    private final Set<String> verbParticles;
    private final Set<String> launchConnectors;
    private final Set<String> askConnectors;
    private final Set<String> fillers;
    private final Set<String> exitPhrases;
    private final Set<String> accepting;
    private final Set<String> denying;

    SpokenLanguage(String code) {
        this.code = code;
        this.builtInPhrases = Collections.unmodifiableMap(builtInPhrasesOf(code));
        this.launchVerbs = folded(switch (code) {
            case "de" -> List.of("öffne", "öffnen", "starte", "starten", "start", "aktiviere", "lade", "spiele", "beginne");
            case "es" -> List.of("abre", "abrir", "inicia", "iniciar", "empieza", "empezar", "comienza", "comenzar",
                    "lanza", "arranca", "activa", "pon", "usa", "ejecuta");
            default -> List.of("open", "start", "launch", "begin", "load", "run", "use");
        });
        this.askVerbs = folded(switch (code) {
            case "de" -> List.of("frag", "frage", "sag", "sage", "bitte", "bitt");
            case "es" -> List.of("pide", "pídele", "pregunta", "pregúntale", "dile", "di", "dí");
            default -> List.of("ask", "tell");
        });
        // "pide a estiramientos de espalda que ...": the "a" before a person, or a skill.
        this.verbParticles = folded(code.equals("es") ? List.of("a") : List.of());
        this.launchConnectors = written(switch (code) {
            case "de" -> List.of("und", "um");
            case "es" -> List.of("y", "para");
            default -> List.of("and", "to");
        });
        this.askConnectors = written(switch (code) {
            case "de" -> List.of("nach", "ob", "dass", "um", "und", "wegen", "über");
            case "es" -> List.of("que", "si", "sobre", "por", "y");
            default -> List.of("to", "for", "about", "if", "whether", "that", "and");
        });
        this.fillers = folded(switch (code) {
            case "de" -> List.of("die", "meine", "mein");
            case "es" -> List.of("mis", "los", "el", "la");
            default -> List.of("my", "the");
        });
        this.exitPhrases = folded(switch (code) {
            case "de" -> List.of("beenden", "exit");
            case "es" -> List.of("salir", "sal", "exit");
            default -> List.of("exit");
        });
        this.accepting = folded(switch (code) {
            case "de" -> List.of("ja", "ja bitte", "ja gerne", "gerne", "klar", "okay", "ok", "einverstanden", "ich stimme zu",
                    "zustimmen", "ich erlaube es", "erlauben", "ja erlauben", "jawohl", "genau");
            case "es" -> List.of("sí", "sí por favor", "claro", "vale", "de acuerdo", "ok", "okay", "acepto", "lo acepto",
                    "apruebo", "lo apruebo", "sí acepto", "sí lo apruebo", "por supuesto", "dale");
            default -> List.of("yes", "i approve", "approve", "yes please", "sure", "okay", "ok");
        });
        this.denying = folded(switch (code) {
            case "de" -> List.of("nein", "nein danke", "nee", "ne", "lieber nicht", "jetzt nicht", "ich stimme nicht zu",
                    "nicht zustimmen", "ablehnen", "ich lehne ab", "nicht erlauben");
            case "es" -> List.of("no", "no gracias", "ahora no", "no acepto", "no lo acepto", "no apruebo", "no lo apruebo",
                    "mejor no", "rechazar", "rechazo");
            default -> List.of("no", "no thanks", "i don't approve", "don't", "nope");
        });
    }

    /**
     * The language of a locale such as "de-DE" or "es-MX" (case and "_" or "-" do not matter).
     *
     * @throws IllegalArgumentException for a language the local console does not speak
     */
    public static SpokenLanguage of(String locale) {
        return find(locale).orElseThrow(() -> new IllegalArgumentException("the local console speaks English, German"
                + " and Spanish, not the language of locale " + locale));
    }

    /** The language of a locale, if the local console speaks it. */
    public static Optional<SpokenLanguage> find(String locale) {
        if (locale == null) {
            return Optional.empty();
        }
        String language = locale.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (SpokenLanguage l : values()) {
            if (l.code.equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The ISO 639 code: en, de, es. */
    public String code() {
        return code;
    }

    /**
     * A word (or phrase) as the matcher compares it: lower case, ß as ss, accents, umlauts and the
     * tilde dropped ("Übung" → "ubung", "mañana" → "manana", "más" → "mas").
     */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /**
     * A German word as it is typed without umlaut keys, folded: "fünf" → "fuenf", "Übung" → "uebung".
     * The same as {@link #fold} for words without an umlaut.
     */
    static String umlautsSpelledOut(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return fold(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"));
    }

    /**
     * Whether this language writes umlauts out as ae, oe, ue when they cannot be typed, so the
     * matcher should take those spellings too.
     */
    boolean spellsOutUmlauts() {
        return this == GERMAN;
    }

    /** The whole (folded) word list as one number ("fünfundvierzig", "cuarenta y cinco" → 45), or empty. */
    public OptionalLong number(List<String> words) {
        return switch (this) {
            case GERMAN -> GermanNumbers.parse(words);
            case SPANISH -> SpanishNumbers.parse(words);
            case ENGLISH -> SpokenNumbers.parse(words);
        };
    }

    /** The whole (folded) word list as an AMAZON.DURATION value ("PT45S"), or empty. */
    public Optional<String> duration(List<String> words) {
        return switch (this) {
            case GERMAN -> GermanNumbers.parseDuration(words);
            case SPANISH -> SpanishNumbers.parseDuration(words);
            case ENGLISH -> SpokenNumbers.parseDuration(words);
        };
    }

    /** The whole (folded) word list as an AMAZON.TIME value ("HH:MM", MO, AF, EV, NI), or empty. */
    public Optional<String> time(List<String> words) {
        return switch (this) {
            case GERMAN -> GermanTime.parse(words);
            case SPANISH -> SpanishTime.parse(words);
            case ENGLISH -> SpokenTime.parse(words);
        };
    }

    /**
     * What Alexa already understands for built-in intents without any samples in the model, by
     * intent, as written (with accents); the matcher folds them.
     */
    public Map<String, List<String>> builtInPhrases() {
        return builtInPhrases;
    }

    /** How a user opens a skill by name: "open back stretches", "öffne sanfte rückendehnung", "abre ...". */
    public String openPhrase(String invocationName) {
        return switch (this) {
            case GERMAN -> "öffne " + invocationName;
            case SPANISH -> "abre " + invocationName;
            case ENGLISH -> "open " + invocationName;
        };
    }

    /**
     * What Alexa itself asks, in this language, for a skill's permission to do {@code what} (null for
     * the reminders permission), as on a device.
     */
    public String consentQuestion(String skillName, String what) {
        return switch (this) {
            case GERMAN -> "Erlaubst du " + skillName + ", " + (what == null ? "deine Erinnerungen zu verwalten"
                    : what + " zu verwenden") + "? Du kannst Ja oder Nein sagen.";
            case SPANISH -> "¿Das permiso a " + skillName + " para " + (what == null ? "gestionar tus recordatorios"
                    : "usar " + what) + "? Puedes decir sí o no.";
            case ENGLISH -> "Do you give " + skillName + " permission to " + (what == null ? "update your reminders"
                    : "use " + what) + "? You can say I approve or no.";
        };
    }

    /** "open", "öffne", "abre": naming the skill after one of these opens it. */
    Set<String> launchVerbs() {
        return launchVerbs;
    }

    /** "ask", "frag", "pide": naming the skill after one of these asks it for something. */
    Set<String> askVerbs() {
        return askVerbs;
    }

    /** Words between the verb and the skill's name: Spanish "a" ("pregunta a ..."). */
    Set<String> verbParticles() {
        return verbParticles;
    }

    /** After "open X": "and", "und", "y"; as written, {@linkplain #normalize normalized} but not folded. */
    Set<String> launchConnectors() {
        return launchConnectors;
    }

    /**
     * After "ask X": "to", "nach", "que"; as written, {@linkplain #normalize normalized} but not folded,
     * because an accent can make another word of a connector: "que" (that) is one, "qué" (what) is not.
     */
    Set<String> askConnectors() {
        return askConnectors;
    }

    /** Words people put before an invocation name ("open my back stretches"). */
    Set<String> fillers() {
        return fillers;
    }

    /**
     * What a user says to leave a skill ("exit", "beenden", "salir"): Alexa closes the session itself
     * and never sends it to the skill as an intent. Folded.
     */
    public Set<String> exitPhrases() {
        return exitPhrases;
    }

    /** What Alexa takes as a yes to its own permission question, folded. */
    public Set<String> accepting() {
        return accepting;
    }

    /** What Alexa takes as a no to its own permission question, folded. */
    public Set<String> denying() {
        return denying;
    }

    /**
     * Lower case, punctuation (but not apostrophes) to spaces, spaces collapsed; letters of any
     * language kept with their accents: "A-frame!" → "a frame", "¿Qué tal?" → "qué tal".
     */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}' ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Text as the matcher compares it: {@linkplain #normalize normalized}, then {@linkplain #fold folded}. */
    public static String foldedText(String text) {
        return fold(normalize(text));
    }

    private static Set<String> written(List<String> words) {
        return words.stream().map(SpokenLanguage::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether {@code said} (a normalized word) is one of {@code connectors} (as {@linkplain #written}):
     * as written, or typed without its accents ("uber" for "über"); but a word typed with an accent the
     * connector does not have is another word ("qué" is not "que").
     */
    static boolean isConnector(String said, Set<String> connectors) {
        if (connectors.contains(said)) {
            return true;
        }
        if (!fold(said).equals(said)) {
            return false;
        }
        return connectors.stream().anyMatch(c -> fold(c).equals(said) || umlautsSpelledOut(c).equals(said));
    }

    private static Set<String> folded(List<String> phrases) {
        return phrases.stream().map(SpokenLanguage::foldedText).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, List<String>> builtInPhrasesOf(String code) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        switch (code) {
            case "de" -> {
                m.put("AMAZON.YesIntent", List.of("ja", "ja bitte", "jawohl", "klar", "gerne", "sicher", "ja klar"));
                m.put("AMAZON.NoIntent", List.of("nein", "nee", "nein danke", "jetzt nicht", "lieber nicht"));
                m.put("AMAZON.HelpIntent", List.of("hilfe", "hilf mir", "was kann ich sagen"));
                m.put("AMAZON.StopIntent", List.of("stopp", "stop", "aufhören", "hör auf", "tschüss"));
                m.put("AMAZON.CancelIntent", List.of("abbrechen", "vergiss es", "egal"));
                m.put("AMAZON.NextIntent", List.of("nächste", "nächstes", "nächster", "weiter"));
                m.put("AMAZON.PreviousIntent", List.of("zurück", "vorherige", "vorheriges"));
                m.put("AMAZON.PauseIntent", List.of("pause", "pausieren", "anhalten"));
                m.put("AMAZON.ResumeIntent", List.of("fortsetzen", "weitermachen"));
                m.put("AMAZON.RepeatIntent", List.of("wiederholen", "wiederhole das", "noch einmal", "nochmal", "sag das nochmal"));
                m.put("AMAZON.StartOverIntent", List.of("von vorne", "neu starten", "von vorne anfangen"));
                m.put("AMAZON.NavigateHomeIntent", List.of("zur startseite", "startseite"));
            }
            case "es" -> {
                m.put("AMAZON.YesIntent", List.of("sí", "sí por favor", "claro", "por supuesto", "de acuerdo", "sí claro"));
                m.put("AMAZON.NoIntent", List.of("no", "no gracias", "ahora no", "mejor no"));
                m.put("AMAZON.HelpIntent", List.of("ayuda", "ayúdame", "qué puedo decir"));
                m.put("AMAZON.StopIntent", List.of("para", "detente", "basta", "adiós", "stop"));
                m.put("AMAZON.CancelIntent", List.of("cancela", "cancelar", "olvídalo"));
                m.put("AMAZON.NextIntent", List.of("siguiente", "el siguiente", "próximo"));
                m.put("AMAZON.PreviousIntent", List.of("anterior", "atrás", "el anterior"));
                m.put("AMAZON.PauseIntent", List.of("pausa", "pausar", "haz una pausa"));
                m.put("AMAZON.ResumeIntent", List.of("reanudar", "reanuda", "continúa"));
                m.put("AMAZON.RepeatIntent", List.of("repite", "repítelo", "repite eso", "otra vez"));
                m.put("AMAZON.StartOverIntent", List.of("empieza de nuevo", "desde el principio", "reinicia"));
                m.put("AMAZON.NavigateHomeIntent", List.of("ve al inicio", "inicio"));
            }
            default -> {
                m.put("AMAZON.YesIntent", List.of("yes", "yeah", "yep", "sure", "yes please", "okay sure"));
                m.put("AMAZON.NoIntent", List.of("no", "nope", "no thanks", "not now"));
                m.put("AMAZON.HelpIntent", List.of("help", "help me", "what can i say"));
                m.put("AMAZON.StopIntent", List.of("stop", "stop it", "quit", "exit", "goodbye"));
                m.put("AMAZON.CancelIntent", List.of("cancel", "never mind"));
                // Not "skip this one": that is the skill's own words for skipping a stretch.
                m.put("AMAZON.NextIntent", List.of("next", "skip ahead", "next one"));
                m.put("AMAZON.PreviousIntent", List.of("previous", "go back", "back"));
                m.put("AMAZON.PauseIntent", List.of("pause", "pause it"));
                m.put("AMAZON.ResumeIntent", List.of("resume"));
                m.put("AMAZON.RepeatIntent", List.of("repeat", "repeat that", "say that again"));
                m.put("AMAZON.StartOverIntent", List.of("start over", "restart"));
                m.put("AMAZON.NavigateHomeIntent", List.of("go home"));
            }
        }
        return m;
    }
}
