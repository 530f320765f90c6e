package org.parallax.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an edition as {@code DIR/<lang>.html} and {@code DIR/<lang>.json} (title, language, revision and
 * its timestamp, URL, Wikidata item, the CC BY-SA attribution). Each file is written to a temporary file
 * in the same directory and renamed into place, so a reader never sees half a file and an interrupted
 * fetch leaves the previous files as they were.
 */
final class EditionFiles {
    static final String LICENSE = "CC BY-SA 4.0";
    static final String LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    EditionFiles(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw FetchException.of(dir + ": cannot create the output directory: " + e.getMessage());
        }
    }

    WikipediaFetcher.Edition write(ArticlePage page, String fragment, String indexUrl, String endpoint, Instant retrieved) {
        String attribution = attribution(page, indexUrl);
        Path html = dir.resolve(page.language().code() + ".html");
        Path json = dir.resolve(page.language().code() + ".json");
        writeAtomically(html, StoredPage.document(page, fragment, attribution));
        writeAtomically(json, metadata(page, attribution, indexUrl, endpoint, retrieved));
        return new WikipediaFetcher.Edition(page.language(), page.title(), page.revision(), page.timestamp(),
                page.url(), page.wikidata(), html, json);
    }

    static String attribution(ArticlePage page, String indexUrl) {
        return "\"" + page.title() + "\", Wikipedia (" + page.language().code() + "), revision " + page.revision()
                + (page.timestamp().isBlank() ? "" : " of " + page.timestamp()) + ", " + page.url()
                + ", by Wikipedia contributors (history: " + indexUrl + "?title="
                + URLEncoder.encode(page.title().replace(' ', '_'), StandardCharsets.UTF_8) + "&action=history); licensed under " + LICENSE + " (" + LICENSE_URL + ")";
    }

    private static String metadata(ArticlePage page, String attribution, String indexUrl, String endpoint, Instant retrieved) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", page.title());
        meta.put("language", page.language().code());
        meta.put("revision", page.revision());
        meta.put("timestamp", page.timestamp());
        meta.put("url", page.url());
        meta.put("permalink", indexUrl + "?oldid=" + page.revision());
        meta.put("wikidata", page.wikidata().orElse(null));
        meta.put("requested", page.requestedTitle());
        meta.put("license", LICENSE);
        meta.put("license_url", LICENSE_URL);
        meta.put("attribution", attribution);
        meta.put("source", endpoint);
        meta.put("retrieved", retrieved.toString());
        try {
            return JSON.writeValueAsString(meta) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeAtomically(Path target, String content) {
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw FetchException.of(target + ": cannot write: " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the rename already happened or the directory is gone: nothing left to tidy
                }
            }
        }
    }
}
