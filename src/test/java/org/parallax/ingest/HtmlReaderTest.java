package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.InfoboxEntry;
import org.parallax.model.Language;
import org.parallax.model.Section;
import org.parallax.model.Span;

class HtmlReaderTest {

    private static String fixture(String name) {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream("/ingest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Parsed parse(String name) {
        return HtmlReader.parse(fixture(name), "fallback");
    }

    private static List<String> paragraphs(Parsed parsed) {
        return parsed.paragraphs().stream().map(p -> p.of(parsed.text())).toList();
    }

    private static List<String> entries(Parsed parsed) {
        return parsed.infobox().stream().map(e -> e.key() + ": " + e.value()).toList();
    }

    @Test
    void readsHeadingsInsideMwHeadingWrappersAsSections() {
        Parsed parsed = parse("parse-en.html");
        assertThat(parsed.title()).isEqualTo("Siege of Castelmare");
        assertThat(parsed.sections()).extracting(Section::heading, Section::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Siege of Castelmare", 1),
                org.assertj.core.groups.Tuple.tuple("Background", 2),
                org.assertj.core.groups.Tuple.tuple("The blockade", 3),
                org.assertj.core.groups.Tuple.tuple("Aftermath", 2));
    }

    @Test
    void readsProseAndListItemsAsParagraphsWithoutReferenceMarkers() {
        assertThat(paragraphs(parse("parse-en.html"))).containsExactly(
                "The siege of Castelmare was fought in the spring of 1742 between Naples and Genoa.",
                "Genoese ships blockaded the harbour on 3 April 1742.",
                "The garrison held out for six weeks.",
                "The first assault failed on 20 April.",
                "The second assault failed on 2 May.",
                "Spinola was wounded.",
                "The Genoese withdrew on 19 May 1742.");
    }

    @Test
    void readsInfoboxRowsAndSideBySideColumnsAsEntries() {
        assertThat(entries(parse("parse-en.html"))).containsExactly(
                "Date: 3 April – 19 May 1742",
                "Location: Castelmare, Kingdom of Naples",
                "Result: Neapolitan victory",
                "Belligerents 1: Kingdom of Naples",
                "Belligerents 2: Republic of Genoa",
                "Commanders and leaders 1: Carlo Ruffo, Matteo Diaz",
                "Commanders and leaders 2: Paolo Spinola",
                "Strength 1: 4,200",
                "Strength 2: 6,000–6,500");
    }

    @Test
    void infoboxSpansPointIntoAnInfoboxBlockOutsideTheParagraphs() {
        Parsed parsed = parse("parse-en.html");
        for (InfoboxEntry entry : parsed.infobox()) {
            assertThat(entry.keySpan().of(parsed.text())).isEqualTo(entry.key());
            assertThat(entry.valueSpan().of(parsed.text())).isEqualTo(entry.value());
            assertThat(parsed.paragraphs()).noneMatch(p -> p.overlaps(entry.valueSpan()));
        }
        assertThat(parsed.text()).contains("\n\nInfobox\n- Date: 3 April – 19 May 1742\n- Location: ");
    }

    @Test
    void dropsNavigationReferencesHatnotesEditLinksCoordinatesAndContents() {
        String text = parse("parse-en.html").text();
        assertThat(text).doesNotContain("1801", "Main article", "41°N", "edit", "Contents", "Rossi", "archive",
                "Wars of Naples", "citation needed", "[1]", "scripted", "color", "Harbour guard", "The harbour in 1760",
                "v t e", "References", "External links");
    }

    @Test
    void sectionSpansRunFromTheirHeadingToTheNextHeading() {
        Parsed parsed = parse("parse-en.html");
        List<Section> sections = parsed.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            assertThat(s.headingSpan().of(parsed.text())).isEqualTo(s.heading());
            int end = i + 1 < sections.size() ? sections.get(i + 1).span().start() : parsed.text().length();
            assertThat(s.span()).isEqualTo(new Span(s.headingSpan().start(), end));
        }
        Section blockade = sections.get(2);
        assertThat(blockade.span().of(parsed.text())).contains("six weeks", "Spinola was wounded").doesNotContain("withdrew");
    }

    @Test
    void readsParsoidRestHtmlWithNestedSectionsAndTheTitleFromTheHead() {
        Parsed parsed = parse("rest-it.html");
        assertThat(parsed.sections()).extracting(Section::heading)
                .containsExactly("Assedio di Castelmare", "Antefatti", "Il blocco");
        assertThat(paragraphs(parsed)).containsExactly(
                "L'assedio di Castelmare si svolse nella primavera del 1742 tra Napoli e Genova.",
                "Il 3 aprile la flotta genovese bloccò il porto.",
                "La guarnigione resistette sei settimane.");
        assertThat(entries(parsed)).containsExactly(
                "Data: 3 aprile - 19 maggio 1742",
                "Luogo: Castelmare",
                "Esito: Vittoria napoletana",
                "Schieramenti 1: Regno di Napoli",
                "Schieramenti 2: Repubblica di Genova",
                "Effettivi 1: 4 200 uomini",
                "Effettivi 2: 6 500 uomini");
        assertThat(parsed.text()).doesNotContain("Disambiguazione", "Rossi", "Porto Ercole", "Guerre", "Categoria");
    }

    @Test
    void readsFrenchInfoboxV3WithBlocGroups() {
        String html = """
                <html><head><title>Siège de Castelmare</title></head><body><h1>Siège de Castelmare</h1>
                <div class="mw-parser-output">
                <div class="homonymie"><span>Pour les articles homonymes, voir Castelmare.</span></div>
                <div class="infobox_v3 noarchive large">
                <div class="entete military"><div>Siège de Castelmare</div></div>
                <table><caption>Informations générales</caption><tbody>
                <tr><th scope="row">Date</th><td>du 3 avril au 19 mai 1742</td></tr>
                <tr><th scope="row">Lieu :</th><td>Castelmare</td></tr>
                </tbody></table>
                <p class="bloc">Belligérants</p>
                <table><tbody><tr><td><ul><li>Royaume de Naples</li><li>Milices locales</li></ul></td><td>République de Gênes</td></tr></tbody></table>
                </div>
                <p>Le siège de Castelmare oppose Naples à Gênes en 1742.</p>
                <h2>Notes et références</h2><p>Une note.</p>
                <h2>Déroulement</h2><p>La garnison capitule le 19 mai.</p>
                </div></body></html>""";
        Parsed parsed = HtmlReader.parse(html, "fr");
        assertThat(entries(parsed)).containsExactly("Date: du 3 avril au 19 mai 1742", "Lieu: Castelmare",
                "Belligérants 1: Royaume de Naples, Milices locales", "Belligérants 2: République de Gênes");
        assertThat(paragraphs(parsed)).containsExactly("Le siège de Castelmare oppose Naples à Gênes en 1742.",
                "La garnison capitule le 19 mai.");
        assertThat(parsed.sections()).extracting(Section::heading).containsExactly("Siège de Castelmare", "Déroulement");
    }

    @Test
    void readsHostileHtmlAsInertTextOnly() {
        Parsed parsed = parse("hostile-fr.html");
        assertThat(paragraphs(parsed)).containsExactly("Le siège commença le 3 avril 1742 devant Castelmare.",
                "La garnison capitula le 19 mai 1742.");
        assertThat(parsed.text()).doesNotContain("alert", "script", "noscript", "caché", "cadre", "SVG", "Objet",
                "Champ", "Envoyer", "background");
    }

    @Test
    void readsDeeplyNestedMarkupWithoutOverflowingTheStack() {
        String html = "<html><body>" + "<div>".repeat(20_000) + "Le siège dura six semaines." + "</div>".repeat(20_000)
                + "<p>" + "<b>".repeat(20_000) + "La ville tomba." + "</b>".repeat(20_000) + "</p></body></html>";
        Parsed parsed = HtmlReader.parse(html, "deep");
        assertThat(paragraphs(parsed)).containsExactly("Le siège dura six semaines.", "La ville tomba.");
    }

    @Test
    void documentReaderReadsFetchedHtmlIntoADocument() {
        Document doc = new DocumentReader(Optional.of(Language.EN))
                .read("en.html", fixture("parse-en.html").getBytes(StandardCharsets.UTF_8));
        assertThat(doc.title()).isEqualTo("Siege of Castelmare");
        assertThat(doc.infobox()).hasSize(9);
        assertThat(doc.sectionAt(doc.text().indexOf("six weeks"))).map(Section::heading).contains("The blockade");
    }
}
