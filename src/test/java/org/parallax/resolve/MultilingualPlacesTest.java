package org.parallax.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Language;
import org.parallax.model.Place;
import org.parallax.model.PlaceMention;
import org.parallax.model.Span;

/**
 * Places in short passages written for this test in six languages, each expected within 50 km of where
 * the place is. The passages are not from the showcase article; they tell other campaigns.
 */
class MultilingualPlacesTest {
    private static final EntityResolver RESOLVER = new EntityResolver();

    private record Expected(Language lang, String text, String name, double lat, double lon) {
    }

    private static final List<Expected> CASES = List.of(
            new Expected(Language.ES, "En 1847 el ejército avanzó desde Veracruz hacia Jalapa y luego sobre Perote.", "Jalapa", 19.53, -96.92),
            new Expected(Language.ES, "En 1847 el ejército avanzó desde Veracruz hacia Jalapa y luego sobre Perote.", "Perote", 19.56, -97.24),
            new Expected(Language.ES, "Los rebeldes tomaron Zacatecas y marcharon hacia Aguascalientes en 1859.", "Aguascalientes", 21.88, -102.29),
            new Expected(Language.DE, "Im Jahr 1809 zog die Armee von Wien nach Pressburg und weiter nach Ofen.", "Wien", 48.21, 16.37),
            new Expected(Language.DE, "Die Truppen erreichten München im Mai und lagerten bei Augsburg.", "Augsburg", 48.37, 10.90),
            new Expected(Language.PT, "Em 1808 a corte partiu de Lisboa para o Rio de Janeiro.", "Lisboa", 38.72, -9.14),
            new Expected(Language.PT, "Em 1808 a corte partiu de Lisboa para o Rio de Janeiro.", "Rio de Janeiro", -22.91, -43.18),
            new Expected(Language.FR, "En 1812, l'armée quitte Moscou et se replie sur Smolensk puis sur Vilnius.", "Moscou", 55.76, 37.62),
            new Expected(Language.FR, "En 1812, l'armée quitte Moscou et se replie sur Smolensk puis sur Vilnius.", "Smolensk", 54.78, 32.04),
            new Expected(Language.IT, "Nel 1860 i volontari sbarcarono a Marsala e marciarono su Palermo.", "Marsala", 37.80, 12.44),
            new Expected(Language.IT, "Nel 1860 i volontari sbarcarono a Marsala e marciarono su Palermo.", "Palermo", 38.12, 13.36),
            new Expected(Language.EN, "The column left Monterrey, crossed into Coahuila and took Saltillo, Coahuila in 1846.", "Saltillo", 25.42, -101.00),
            new Expected(Language.EN, "The fleet sailed from Havana to Tampico and then blockaded Matamoros.", "Matamoros", 25.88, -97.50),
            new Expected(Language.EN, "After the fall of Oaxaca the general moved on to Tehuantepec.", "Oaxaca", 17.06, -96.73),
            new Expected(Language.ES, "El general salió de Morelia, pasó por Zitácuaro y llegó a Toluca.", "Zitácuaro", 19.44, -100.36),
            new Expected(Language.DE, "Im September 1683 überquerte das Entsatzheer die Donau bei Krems und zog nach Tulln.", "Krems", 48.41, 15.61),
            new Expected(Language.FR, "En 1792 l'armée se replie de Valmy sur Châlons.", "Châlons", 48.95, 4.37),
            // A name that holds its article, where the rest alone names another place (Guairá, Rochelle).
            new Expected(Language.FR, "En 1821 le bataillon gagna le port de La Guaira avec les débris de l'armée.", "La Guaira", 10.60, -66.93),
            new Expected(Language.EN, "In 1627 the fleet sailed for La Rochelle to relieve the town.", "La Rochelle", 46.16, -1.15));

    @Test
    void placesOfOtherCampaignsResolveWithin50KmInEveryLanguage() {
        List<String> wrong = new ArrayList<>();
        for (Expected c : CASES) {
            Document doc = new Document("t-" + c.lang(), c.lang(), "", c.text(), List.of(), List.of(new Span(0, c.text().length())),
                    List.of(), Optional.empty(), List.of());
            Optional<Place> p = RESOLVER.resolve(doc).places().stream().filter(m -> m.text().equals(c.name())).findFirst()
                    .flatMap(PlaceMention::place);
            Place at = new Place(0, c.name(), "", "", "PPL", 0, c.lat(), c.lon());
            if (p.isEmpty() || p.get().distanceKm(at) > 50) {
                wrong.add(c.lang().code() + " " + c.name() + " -> " + p.map(x -> x.name() + " " + x.lat() + "," + x.lon()).orElse("none"));
            }
        }
        assertThat(wrong).isEmpty();
    }
}
