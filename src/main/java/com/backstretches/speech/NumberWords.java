package com.backstretches.speech;

/** Small numbers as words, so a count reads the same on every voice. */
final class NumberWords {

    private static final String[] UNITS = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    private NumberWords() {
    }

    static String of(int n) {
        if (n < 0 || n > 999) {
            return Integer.toString(n);
        }
        if (n < 20) {
            return UNITS[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
        }
        return UNITS[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + of(n % 100));
    }

    static String capitalized(int n) {
        return Phrases.capitalize(of(n));
    }
}
