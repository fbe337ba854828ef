package com.backstretches.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of a few Markdown files, read as GitHub renders them, and whether each one leads somewhere:
 * a relative target must be a file of the repository (relative to the linking file, or to the repository
 * root when it starts with {@code /}), a {@code #anchor} must be the GitHub slug of a heading in the target
 * file, and an external {@code http(s)} or {@code mailto} target must be well formed (it is not fetched).
 *
 * <p>Links are inline ({@code [text](target "title")}, images too), reference definitions
 * ({@code [label]: target}) and autolinks ({@code <https://...>}); references ({@code [text][label]},
 * {@code [label][]}) must have a definition. Fenced code blocks and inline code are not Markdown and are
 * skipped.
 */
final class MarkdownLinks {

    /** A link target where it was written: the line is 1-based. */
    record Link(int line, String target) {}

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern BLOCK_START = Pattern.compile("^ {0,3}(?:[-*+>|]|\\d+[.)]|#{1,6}(?:[ \\t]|$))");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)(?<!`)\\1(?!`)");
    /** An inline link's or image's destination and optional title, after the text's closing bracket. */
    private static final Pattern INLINE_DESTINATION = Pattern.compile(
            "\\]\\(\\s*(<[^<>\\n]*>|(?:[^()\\s]|\\((?:[^()\\s])*\\))*)(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^()]*\\)))?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION =
            Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:[ \\t]*(<[^<>]*>|\\S+)?(?:[ \\t]+.*)?$");
    private static final Pattern REFERENCE_USE = Pattern.compile("(?<![\\]\\\\])\\[([^\\[\\]]+)\\]\\[([^\\[\\]]*)\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*)>");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*\\b(?:name|id)\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern LINE_ANCHOR = Pattern.compile("L\\d+(?:C\\d+)?(?:-L\\d+(?:C\\d+)?)?");
    private static final Pattern MAIL_ADDRESS = Pattern.compile("[^@\\s]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    /** What github-slugger removes: ASCII punctuation except '-' and '_', controls, and symbol ranges. */
    private static final Pattern SLUG_REMOVED = Pattern.compile(
            "[\\x00-\\x1F!-,./:-@\\[-^`{-\\xA9\\xAB-\\xB4\\xB6-\\xB9\\xBB-\\xBF\\xD7\\xF7"
                    + "\\u2000-\\u206F\\u2190-\\u2BFF\\u2E00-\\u2E7F\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20"
                    + "\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\p{So}]");

    private MarkdownLinks() {}

    /**
     * The lines as Markdown sees them: a line inside a fenced code block (fences included) becomes empty,
     * and inline code is blanked out (same length, so positions stay).
     */
    static List<String> proseLines(String markdown) {
        List<String> lines = new ArrayList<>(List.of(markdown.split("\\R", -1)));
        String openFence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (openFence == null) {
                if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
                    openFence = fence.group(1);
                    lines.set(i, "");
                } else {
                    lines.set(i, blankCodeSpans(line));
                }
            } else {
                if (fence.matches()
                        && fence.group(1).charAt(0) == openFence.charAt(0)
                        && fence.group(1).length() >= openFence.length()
                        && fence.group(2).isBlank()) {
                    openFence = null;
                }
                lines.set(i, "");
            }
        }
        return lines;
    }

    private static String blankCodeSpans(String line) {
        Matcher span = CODE_SPAN.matcher(line);
        StringBuilder out = new StringBuilder();
        while (span.find()) {
            span.appendReplacement(out, " ".repeat(span.group().length()));
        }
        span.appendTail(out);
        return out.toString();
    }

    /** Every link target in the file, in order: inline links and images, reference definitions, autolinks. */
    static List<Link> links(String markdown) {
        List<Link> links = new ArrayList<>();
        List<String> lines = proseLines(markdown);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher definition = REFERENCE_DEFINITION.matcher(line);
            // A footnote ([^1]: text) is text, not a link definition.
            if (definition.matches() && !definition.group(1).startsWith("^")) {
                links.add(new Link(i + 1, definition.group(2) == null ? "" : unbracket(definition.group(2))));
                continue;
            }
            Matcher inline = INLINE_DESTINATION.matcher(line);
            while (inline.find()) {
                links.add(new Link(i + 1, unbracket(inline.group(1))));
            }
            Matcher auto = AUTOLINK.matcher(line);
            while (auto.find()) {
                links.add(new Link(i + 1, auto.group(1)));
            }
        }
        return links;
    }

    /**
     * Places that look like an inline link but are not one, so GitHub shows them as text: {@code ](} with a
     * target that has a space or unbalanced parentheses, or no closing parenthesis.
     */
    static List<Link> malformedLinks(String markdown) {
        List<Link> malformed = new ArrayList<>();
        List<String> lines = proseLines(markdown);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int from = 0;
            int at;
            while ((at = line.indexOf("](", from)) >= 0) {
                Matcher inline = INLINE_DESTINATION.matcher(line).region(at, line.length());
                if (inline.lookingAt()) {
                    from = inline.end();
                } else {
                    int close = line.indexOf(')', at);
                    malformed.add(new Link(i + 1, line.substring(at + 2, close < 0 ? line.length() : close)));
                    from = at + 2;
                }
            }
        }
        return malformed;
    }

    /** Full and collapsed references ({@code [text][label]}, {@code [label][]}) with no definition in the file. */
    static List<Link> undefinedReferences(String markdown) {
        List<String> lines = proseLines(markdown);
        Set<String> defined = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher definition = REFERENCE_DEFINITION.matcher(line);
            if (definition.matches()) {
                defined.add(referenceLabel(definition.group(1)));
            }
        }
        List<Link> undefined = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher use = REFERENCE_USE.matcher(lines.get(i));
            while (use.find()) {
                String label = use.group(2).isBlank() ? use.group(1) : use.group(2);
                if (!defined.contains(referenceLabel(label))) {
                    undefined.add(new Link(i + 1, "[" + label + "]"));
                }
            }
        }
        return undefined;
    }

    private static String referenceLabel(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String unbracket(String target) {
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }

    /** The raw text of every heading (ATX and setext), in order. */
    static List<String> headings(String markdown) {
        List<String> lines = proseLinesKeepingCode(markdown);
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line == null) {
                continue;
            }
            Matcher atx = ATX_HEADING.matcher(line);
            if (atx.matches()) {
                headings.add(atx.group(2) == null ? "" : atx.group(2).strip());
                continue;
            }
            if (i + 1 < lines.size() && lines.get(i + 1) != null && !line.isBlank()
                    && SETEXT_UNDERLINE.matcher(lines.get(i + 1)).matches()
                    && !BLOCK_START.matcher(line).find()
                    && (i == 0 || lines.get(i - 1) == null || lines.get(i - 1).isBlank())) {
                headings.add(line.strip());
                i++;
            }
        }
        return headings;
    }

    /** Lines with fenced code blocks as null (inline code kept: it is part of a heading's text). */
    private static List<String> proseLinesKeepingCode(String markdown) {
        List<String> raw = List.of(markdown.split("\\R", -1));
        List<String> prose = proseLines(markdown);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            boolean inFence = prose.get(i).isEmpty() && !raw.get(i).isEmpty();
            out.add(inFence ? null : raw.get(i));
        }
        return out;
    }

    /** The anchors GitHub gives the file: each heading's slug, numbered when repeated, and HTML anchors. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (String heading : headings(markdown)) {
            String base = slug(headingText(heading));
            String slug = base;
            while (occurrences.containsKey(slug)) {
                int n = occurrences.merge(base, 1, Integer::sum);
                slug = base + "-" + n;
            }
            occurrences.put(slug, 0);
            anchors.add(slug);
        }
        for (String line : proseLines(markdown)) {
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
        }
        return anchors;
    }

    /** A heading's text as rendered: code spans as their content, links and images as their text, no HTML or emphasis marks. */
    static String headingText(String heading) {
        StringBuilder out = new StringBuilder();
        Matcher span = CODE_SPAN.matcher(heading);
        int last = 0;
        while (span.find()) {
            out.append(inlineText(heading.substring(last, span.start())));
            out.append(span.group(2).strip());
            last = span.end();
        }
        out.append(inlineText(heading.substring(last)));
        return out.toString();
    }

    private static String inlineText(String text) {
        String plain = text.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("!?\\[([^\\]]*)\\]\\[[^\\]]*\\]", "$1");
        plain = HTML_TAG.matcher(plain).replaceAll("");
        // Emphasis: '*' goes with the punctuation anyway; '_' only where it opens or closes emphasis.
        return plain.replaceAll("(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])", "").replace("\\", "");
    }

    /** GitHub's slug of a heading's text (github-slugger): lowercase, punctuation but '-' and '_' removed, each space a '-'. */
    static String slug(String text) {
        return SLUG_REMOVED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /** Every broken link of the files, as {@code file:line: target: why}, paths relative to the repository root. */
    static List<String> brokenLinks(Path root, List<Path> files) {
        List<String> problems = new ArrayList<>();
        Map<Path, Set<String>> anchorCache = new HashMap<>();
        for (Path file : files) {
            String markdown = read(file);
            String where = root.relativize(file).toString().replace('\\', '/');
            for (Link link : links(markdown)) {
                String why = problem(root, file, link.target(), anchorCache);
                if (why != null) {
                    problems.add(where + ":" + link.line() + ": " + (link.target().isEmpty() ? "(empty)" : link.target()) + ": " + why);
                }
            }
            for (Link bad : malformedLinks(markdown)) {
                problems.add(where + ":" + bad.line() + ": " + bad.target()
                        + ": not a link (a space or an unbalanced parenthesis in the target? write %20 or <target>)");
            }
            for (Link reference : undefinedReferences(markdown)) {
                problems.add(where + ":" + reference.line() + ": " + reference.target() + ": reference with no definition");
            }
        }
        return problems;
    }

    private static String problem(Path root, Path file, String target, Map<Path, Set<String>> anchorCache) {
        if (target.isBlank()) {
            return "empty target";
        }
        Matcher scheme = SCHEME.matcher(target);
        if (scheme.find()) {
            return externalProblem(scheme.group(1).toLowerCase(Locale.ROOT), target);
        }
        if (target.startsWith("//")) {
            return "protocol-relative URL: write https://";
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        String decodedPath;
        String decodedFragment;
        try {
            decodedPath = percentDecode(pathPart);
            decodedFragment = fragment == null ? null : percentDecode(fragment);
        } catch (IllegalArgumentException e) {
            return "bad percent-encoding";
        }
        Path rootAbs = root.toAbsolutePath().normalize();
        Path resolved;
        if (decodedPath.isEmpty()) {
            resolved = file.toAbsolutePath().normalize();
        } else if (decodedPath.startsWith("/")) {
            resolved = rootAbs.resolve(decodedPath.substring(1)).normalize();
        } else {
            resolved = file.toAbsolutePath().getParent().resolve(decodedPath).normalize();
        }
        if (!resolved.startsWith(rootAbs)) {
            return "points outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file " + rootAbs.relativize(resolved).toString().replace('\\', '/');
        }
        if (decodedFragment == null) {
            return null;
        }
        if (decodedFragment.isEmpty()) {
            return "empty anchor";
        }
        if (!resolved.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
            return Files.isRegularFile(resolved) && LINE_ANCHOR.matcher(decodedFragment).matches()
                    ? null
                    : "anchor #" + decodedFragment + " into a file that is not Markdown";
        }
        Set<String> anchors = anchorCache.computeIfAbsent(resolved, p -> anchors(read(p)));
        if (!anchors.contains(decodedFragment)) {
            return "no heading with anchor #" + decodedFragment + " in " + rootAbs.relativize(resolved).toString().replace('\\', '/');
        }
        return null;
    }

    private static String externalProblem(String scheme, String target) {
        switch (scheme) {
            case "http":
            case "https":
                try {
                    URI uri = new URI(target);
                    String host = uri.getHost();
                    if (host == null || !(host.contains(".") || host.equals("localhost"))) {
                        return "not a well-formed URL: no host";
                    }
                    if (host.startsWith(".") || host.endsWith(".") || host.contains("..")) {
                        return "not a well-formed URL: bad host " + host;
                    }
                    return null;
                } catch (URISyntaxException e) {
                    return "not a well-formed URL: " + e.getReason();
                }
            case "mailto":
                String address = target.substring("mailto:".length());
                int query = address.indexOf('?');
                if (query >= 0) {
                    address = address.substring(0, query);
                }
                return MAIL_ADDRESS.matcher(address).matches() ? null : "not a well-formed mail address";
            default:
                return "scheme " + scheme + ": only http, https and mailto links, or repository paths";
        }
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException(text);
                }
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
