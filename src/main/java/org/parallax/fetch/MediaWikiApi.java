package org.parallax.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Language;

/**
 * The three questions Parallax asks the MediaWiki Action API: what is the article with this title
 * ({@code action=query}: redirects followed, {@code pageprops} for the Wikidata item and the
 * disambiguation flag, {@code revisions} for the revision and its timestamp, {@code info} for the URL),
 * which editions it has ({@code prop=langlinks}, following continuation), and its rendered HTML at that
 * revision ({@code action=parse}).
 */
final class MediaWikiApi {
    /** Language links come in batches; an article has a few hundred at most. */
    private static final int MAX_CONTINUATIONS = 50;

    private final ApiClient client;
    private final String template;

    MediaWikiApi(ApiClient client, String template) {
        this.client = client;
        this.template = template;
    }

    /** The article titled {@code title}; throws when there is none. */
    ArticlePage page(Language language, String title, boolean withLanguageLinks) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("action", "query");
        parameters.put("titles", title);
        parameters.put("redirects", "1");
        parameters.put("prop", "info|pageprops|revisions" + (withLanguageLinks ? "|langlinks" : ""));
        parameters.put("inprop", "url");
        parameters.put("ppprop", "wikibase_item|disambiguation");
        parameters.put("rvprop", "ids|timestamp");
        if (withLanguageLinks) {
            parameters.put("lllimit", "max");
        }
        JsonNode first = client.get(language, parameters);
        JsonNode page = single(first, language, title);
        Map<String, String> links = new HashMap<>();
        addLinks(page, links);
        JsonNode next = first.path("continue");
        for (int i = 0; withLanguageLinks && next.isObject() && i < MAX_CONTINUATIONS; i++) {
            Map<String, String> more = new LinkedHashMap<>(parameters);
            next.properties().forEach(e -> more.put(e.getKey(), e.getValue().asText()));
            JsonNode answer = client.get(language, more);
            addLinks(single(answer, language, title), links);
            next = answer.path("continue");
        }
        return article(language, title, first, page, links);
    }

    /** The rendered HTML of a revision: the {@code mw-parser-output} fragment, without edit links and contents box. */
    String html(ArticlePage page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("action", "parse");
        parameters.put("oldid", Long.toString(page.revision()));
        parameters.put("prop", "text|revid");
        parameters.put("disableeditsection", "1");
        parameters.put("disabletoc", "1");
        parameters.put("disablelimitreport", "1");
        JsonNode parse = client.get(page.language(), parameters).path("parse");
        JsonNode text = parse.path("text");
        String html = text.isTextual() ? text.asText() : text.path("*").asText("");
        if (html.isBlank()) {
            throw FetchException.of(page.describe() + ": the parse API returned no HTML for revision " + page.revision());
        }
        return html;
    }

    private static JsonNode single(JsonNode answer, Language language, String title) {
        JsonNode pages = answer.path("query").path("pages");
        JsonNode page = pages.isArray() ? pages.path(0) : pages.elements().hasNext() ? pages.elements().next() : null;
        if (page == null || !page.isObject()) {
            throw FetchException.of(language.code() + " '" + title + "': the query API returned no page");
        }
        if (page.has("invalid")) {
            throw FetchException.of(language.code() + " '" + title + "': not a valid title ("
                    + page.path("invalidreason").asText("invalid") + ")");
        }
        if (page.has("missing") || page.has("special")) {
            throw FetchException.of(language.code() + " '" + title + "': no such article on "
                    + language.code() + ".wikipedia");
        }
        return page;
    }

    private static void addLinks(JsonNode page, Map<String, String> links) {
        for (JsonNode link : page.path("langlinks")) {
            String target = link.has("title") ? link.path("title").asText() : link.path("*").asText();
            if (!target.isBlank()) {
                links.putIfAbsent(link.path("lang").asText(), target);
            }
        }
    }

    private ArticlePage article(Language language, String requested, JsonNode answer, JsonNode page,
                                Map<String, String> links) {
        String title = page.path("title").asText(requested);
        JsonNode revision = page.path("revisions").path(0);
        long revid = revision.path("revid").asLong(page.path("lastrevid").asLong(0));
        if (revid <= 0) {
            throw FetchException.of(language.code() + " '" + title + "': the query API gave no revision");
        }
        String url = page.path("canonicalurl").asText(page.path("fullurl").asText(""));
        if (url.isBlank()) {
            url = indexUrl(language) + "?title=" + title.replace(' ', '_');
        }
        JsonNode props = page.path("pageprops");
        Optional<String> wikidata = Optional.of(props.path("wikibase_item").asText("")).filter(s -> !s.isBlank());
        return new ArticlePage(language, requested, title, redirectSource(answer), props.has("disambiguation"),
                revid, revision.path("timestamp").asText(""), url, wikidata, links);
    }

    private static Optional<String> redirectSource(JsonNode answer) {
        JsonNode redirects = answer.path("query").path("redirects");
        return redirects.isArray() && !redirects.isEmpty()
                ? Optional.of(redirects.path(0).path("from").asText()) : Optional.empty();
    }

    /** {@code index.php} beside {@code api.php}: where permalinks and page histories live. */
    String indexUrl(Language language) {
        String endpoint = Etiquette.endpoint(template, language);
        return endpoint.endsWith("api.php") ? endpoint.substring(0, endpoint.length() - "api.php".length()) + "index.php"
                : endpoint;
    }
}
