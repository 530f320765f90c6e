package org.parallax.fetch;

import java.util.Map;
import java.util.Optional;
import org.parallax.model.Language;

/**
 * An article as the query API describes it: its title after normalization and redirects, the latest
 * revision, its URL, its Wikidata item, whether it is a disambiguation page, and its language links
 * (language code → title in that edition).
 */
record ArticlePage(Language language, String requestedTitle, String title, Optional<String> redirectedFrom,
                   boolean disambiguation, long revision, String timestamp, String url, Optional<String> wikidata,
                   Map<String, String> languageLinks) {
    ArticlePage {
        languageLinks = Map.copyOf(languageLinks);
    }

    String describe() {
        return language.code() + " '" + title + "'";
    }
}
