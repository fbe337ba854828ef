package com.backstretches.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.docs.MarkdownLinks.Link;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md and docs/*.md: every link leads to a file and heading that exist (as GitHub renders them),
 * external links are well formed, and the README stays the short landing page it promises to be.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path README = ROOT.resolve("README.md");
    private static final long README_LIMIT_BYTES = 12 * 1024;
    private static final String NOT_A_LINK =
            "not a link (a space or an unbalanced parenthesis in the target? write %20 or <target>)";

    // --- the repository's documents --------------------------------------------------------------------

    @Test
    void every_link_in_the_readme_and_docs_resolves() throws IOException {
        List<Path> documents = documents();
        assertThat(documents).as("README.md and docs/*.md").hasSizeGreaterThan(1);

        List<String> broken = MarkdownLinks.brokenLinks(ROOT, documents);

        assertThat(broken)
                .withFailMessage("%d broken link(s) in README.md and docs/:%n  %s", broken.size(), String.join("\n  ", broken))
                .isEmpty();
    }

    @Test
    void the_readme_is_under_12_kb() throws IOException {
        assertThat(Files.size(README)).as("README.md in bytes (the rest belongs in docs/)").isLessThan(README_LIMIT_BYTES);
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(README);
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    // --- the check itself, on small inputs ---------------------------------------------------------------

    @Test
    void slugs_follow_github() {
        assertThat(MarkdownLinks.slug("Quick start")).isEqualTo("quick-start");
        assertThat(MarkdownLinks.slug("What is stored, and where")).isEqualTo("what-is-stored-and-where");
        assertThat(MarkdownLinks.slug("Deploy to AWS (SAM + ASK CLI)")).isEqualTo("deploy-to-aws-sam--ask-cli");
        assertThat(MarkdownLinks.slug("The user's streak: 3 days!")).isEqualTo("the-users-streak-3-days");
        assertThat(MarkdownLinks.slug("snake_case and kebab-case")).isEqualTo("snake_case-and-kebab-case");
        assertThat(MarkdownLinks.slug("Ünïcode Wörds — kept")).isEqualTo("ünïcode-wörds--kept");
        assertThat(MarkdownLinks.headingText("The `--data` option and [a link](x.md)")).isEqualTo("The --data option and a link");
        assertThat(MarkdownLinks.headingText("*Emphasis* and _under_ but snake_case"))
                .isEqualTo("*Emphasis* and under but snake_case");
    }

    @Test
    void repeated_headings_get_numbered_anchors() {
        String markdown = "# Notes\n\n## Setup\n\ntext\n\n## Setup\n\nSetup\n-----\n\n## Setup-1\n\n<a name=\"custom\"></a>\n";

        assertThat(MarkdownLinks.anchors(markdown))
                .containsExactly("notes", "setup", "setup-1", "setup-2", "setup-1-1", "custom");
    }

    @Test
    void links_are_found_outside_code_only() {
        String markdown = String.join("\n",
                "See [the guide](docs/guide.md) and ![a picture](img/a.png \"title\").",
                "Inline code is not a link: `[x](nowhere.md)`, nor ``[y](`nowhere.md`)``.",
                "```",
                "[inside](a fenced block.md)",
                "```",
                "~~~~ text",
                "[inside](tilde-fence.md)",
                "~~~~",
                "[ref]: <docs/ref doc.md> \"Title\"",
                "A [reference][ref], a [collapsed ref][] and [an undefined one][nope].",
                "Autolink <https://example.com/x> and [same file](#quick-start) and [with parens](a_(b).md).",
                "[^1]: a footnote, not a link");

        assertThat(MarkdownLinks.links(markdown)).containsExactly(
                new Link(1, "docs/guide.md"),
                new Link(1, "img/a.png"),
                new Link(9, "docs/ref doc.md"),
                new Link(11, "#quick-start"),
                new Link(11, "a_(b).md"),
                new Link(11, "https://example.com/x"));
        assertThat(MarkdownLinks.undefinedReferences(markdown))
                .containsExactly(new Link(10, "[collapsed ref]"), new Link(10, "[nope]"));
    }

    @Test
    void headings_inside_code_blocks_are_not_headings() {
        String markdown = "# Real\n\n```sh\n# a shell comment\n```\n\nAlso real\n=========\n";

        assertThat(MarkdownLinks.headings(markdown)).containsExactly("Real", "Also real");
    }

    @Test
    void every_kind_of_broken_link_is_reported_with_file_and_line(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/guide.md"), "# Guide\n\n## Install it\n\nSee [the top](#guide).\n");
        Files.writeString(root.resolve("logo.png"), "not really");
        Path readme = root.resolve("README.md");
        Files.writeString(readme, String.join("\n",
                "# Project",
                "",
                "[fine](docs/guide.md#install-it) ![fine](logo.png) [fine](#project) [fine](/docs/guide.md)",
                "[missing file](docs/nope.md)",
                "[missing heading](docs/guide.md#install)",
                "[missing local heading](#projects)",
                "[bad url](https://example.com/a|b) [no host](https:///x) [bad mail](mailto:someone)",
                "[space in target](docs/guide two.md) [unclosed](docs/guide.md",
                "[outside](../elsewhere.md) [anchor into png](logo.png#top) [empty]()",
                "[fine](https://docs.aws.amazon.com/x.html) [fine](mailto:a@example.com)",
                "",
                "```",
                "[ignored](in-code.md)",
                "```"));

        List<String> broken = MarkdownLinks.brokenLinks(root, List.of(readme, root.resolve("docs/guide.md")));

        assertThat(broken).containsExactly(
                "README.md:4: docs/nope.md: no such file docs/nope.md",
                "README.md:5: docs/guide.md#install: no heading with anchor #install in docs/guide.md",
                "README.md:6: #projects: no heading with anchor #projects in README.md",
                "README.md:7: https://example.com/a|b: not a well-formed URL: Illegal character in path",
                "README.md:7: https:///x: not a well-formed URL: no host",
                "README.md:7: mailto:someone: not a well-formed mail address",
                "README.md:9: ../elsewhere.md: points outside the repository",
                "README.md:9: logo.png#top: anchor #top into a file that is not Markdown",
                "README.md:9: (empty): empty target",
                "README.md:8: docs/guide two.md: " + NOT_A_LINK,
                "README.md:8: docs/guide.md: " + NOT_A_LINK);
    }

    @Test
    void a_broken_link_in_a_copy_of_the_real_docs_fails_the_check(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        List<Path> copies = new ArrayList<>();
        for (Path document : documents()) {
            Path copy = root.resolve(ROOT.relativize(document).toString());
            Files.copy(document, copy);
            copies.add(copy);
        }

        Path readme = root.resolve("README.md");
        String linkedDoc = MarkdownLinks.links(MarkdownLinks.read(readme)).stream()
                .map(Link::target)
                .filter(target -> target.startsWith("docs/") && target.endsWith(".md"))
                .findFirst().orElseThrow();
        Files.delete(root.resolve(linkedDoc));
        Files.writeString(readme, MarkdownLinks.read(readme) + "\n[broken](docs/console.md#no-such-heading)\n");

        List<String> broken = MarkdownLinks.brokenLinks(root, copies.stream().filter(Files::exists).toList());

        int lastLine = MarkdownLinks.read(readme).split("\\R", -1).length - 1;
        assertThat(broken)
                .contains("README.md:" + lastLine + ": docs/console.md#no-such-heading: no heading with anchor #no-such-heading in docs/console.md")
                .anyMatch(line -> line.startsWith("README.md:") && line.contains(": " + linkedDoc + ": no such file " + linkedDoc));
    }
}
