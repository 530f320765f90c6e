package org.parallax.resolve.gazetteer;

import java.text.Normalizer;

/** The key a name is indexed under: accents, case, hyphens and apostrophe forms do not matter. */
final class NameFolding {
    private NameFolding() {
    }

    static String fold(CharSequence name) {
        String s = name.toString();
        if (!plainAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2013' || c == '_') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            switch (c) {
                case '\u2019', '\u02bc', '`', '\u00b4' -> out.append('\'');
                case '\u00df' -> out.append("ss");
                case '\u0153', '\u0152' -> out.append("oe");
                case '\u00e6', '\u00c6' -> out.append("ae");
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Most names are plain ASCII letters and spaces; they need no Unicode decomposition. */
    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
