package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordWrapTest {

    private static final String INDENT = "       ";
    private static final String WELCOME = "alexa> Welcome to Back Stretches. I'll talk you through six gentle stretches for"
            + " your spine, one set at a time, with the holds timed for you. Move only as far as feels comfortable,"
            + " and never force a position. [pause 10s] Ready to start?";

    @Test
    void a_long_answer_breaks_between_words_within_the_width_and_continues_under_the_text() {
        String wrapped = WordWrap.wrap(WELCOME, 40, INDENT);

        List<String> lines = wrapped.lines().toList();
        assertThat(lines).hasSizeGreaterThan(4);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(lines.get(0)).startsWith("alexa> Welcome");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith(INDENT).doesNotStartWith(INDENT + " "));
        // Every word whole and in order: only the spaces where lines break have changed.
        assertThat(words(wrapped)).isEqualTo(words(WELCOME));
        assertThat(wrapped.replaceAll("\n" + INDENT, " ")).isEqualTo(WELCOME);
    }

    @Test
    void each_line_takes_as_many_words_as_fit() {
        assertThat(WordWrap.wrap("alexa> one two three four five six", 20, INDENT)).isEqualTo("""
                alexa> one two three
                       four five six""");
        // Exactly the width fits; one column more does not.
        assertThat(WordWrap.wrap("abc def ghi", 7, "")).isEqualTo("abc def\nghi");
        assertThat(WordWrap.wrap("abc def ghi", 6, "")).isEqualTo("abc\ndef\nghi");
    }

    @Test
    void a_word_wider_than_the_terminal_keeps_a_line_of_its_own_whole() {
        String url = "https://example.com/a-very-long-address-with-no-spaces-at-all";
        String wrapped = WordWrap.wrap("alexa> see " + url + " for more", 30, INDENT);

        assertThat(wrapped).isEqualTo("alexa> see\n" + INDENT + url + "\n" + INDENT + "for more");
    }

    @Test
    void a_first_word_wider_than_the_terminal_is_kept_too_and_nothing_is_lost() {
        String wrapped = WordWrap.wrap("Supercalifragilisticexpialidocious is long", 10, "");

        assertThat(wrapped).isEqualTo("Supercalifragilisticexpialidocious\nis long");
    }

    @Test
    void a_pause_label_stays_on_one_line() {
        assertThat(WordWrap.wrap("alexa> Hold it there. [pause 10s] Ten to go.", 29, INDENT)).isEqualTo("""
                alexa> Hold it there.
                       [pause 10s] Ten to go.""");
        // Only a short label: an unclosed or long bracket breaks like any words.
        assertThat(WordWrap.wrap("a [b c d e f g h i j k l m n o p q r s] t", 10, ""))
                .isEqualTo("a [b c d e\nf g h i j\nk l m n o\np q r s] t");
    }

    @Test
    void colour_codes_take_no_columns() {
        String coloured = "\u001b[36malexa> \u001b[0mone two \u001b[2mthree\u001b[0m four";

        // Twenty-five visible columns: it fits in 25, however many characters the codes add.
        assertThat(WordWrap.wrap(coloured, 25, INDENT)).isEqualTo(coloured);
        assertThat(WordWrap.wrap(coloured, 20, INDENT))
                .isEqualTo("\u001b[36malexa> \u001b[0mone two \u001b[2mthree\u001b[0m\n" + INDENT + "four");
        assertThat(WordWrap.width(coloured)).isEqualTo("alexa> one two three four".length());
    }

    @Test
    void the_leading_indent_of_a_note_is_kept_and_its_continuation_lines_line_up_with_it() {
        String note = INDENT + "(silence, and no session is open: say \"open back stretches\" to start one)";

        assertThat(WordWrap.wrap(note, 40, INDENT)).isEqualTo(
                INDENT + "(silence, and no session is open:\n"
                + INDENT + "say \"open back stretches\" to\n"
                + INDENT + "start one)");
    }

    @Test
    void without_a_width_or_when_it_fits_the_line_is_unchanged() {
        assertThat(WordWrap.wrap(WELCOME, 0, INDENT)).isSameAs(WELCOME);
        assertThat(WordWrap.wrap(WELCOME, -1, INDENT)).isSameAs(WELCOME);
        assertThat(WordWrap.wrap(WELCOME, WELCOME.length(), INDENT)).isEqualTo(WELCOME);
        assertThat(WordWrap.wrap("", 10, INDENT)).isEmpty();
    }

    @Test
    void spaces_at_the_end_that_do_not_fit_are_dropped_rather_than_starting_a_line() {
        assertThat(WordWrap.wrap("abc def   ", 7, "")).isEqualTo("abc def");
    }

    @Test
    void a_message_with_line_breaks_of_its_own_has_each_line_wrapped() {
        assertThat(WordWrap.wrap("one two three\nfour five six", 9, "  ")).isEqualTo("one two\n  three\nfour five\n  six");
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
