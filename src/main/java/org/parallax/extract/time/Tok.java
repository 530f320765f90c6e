package org.parallax.extract.time;

/**
 * One token of the scanned text: a run of letters, a run of digits, or one other visible character.
 * {@code key} is the lower-cased, accent-free form used to look words up in the language data.
 */
record Tok(int start, int end, String raw, String key, Kind kind) {
    enum Kind { WORD, NUMBER, MARK }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String k) {
        return key.equals(k);
    }

    boolean isDash() {
        return kind == Kind.MARK && (key.equals("-") || key.equals("–") || key.equals("—") || key.equals("‐"));
    }

    /** The number value of a digit token, or -1 when it has more than 9 digits or is not a number. */
    int number() {
        return isNumber() && raw.length() <= 9 ? Integer.parseInt(raw) : -1;
    }
}
