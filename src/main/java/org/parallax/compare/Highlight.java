package org.parallax.compare;

/** Splits a sentence around the words that carry a compared value, so that renderers can emphasize them. */
record Highlight(String before, String marked, String after) {
    static Highlight of(String sentence, String mark) {
        int i = mark.isBlank() ? -1 : sentence.indexOf(mark);
        if (i < 0) {
            return new Highlight(sentence, "", "");
        }
        return new Highlight(sentence.substring(0, i), mark, sentence.substring(i + mark.length()));
    }
}
