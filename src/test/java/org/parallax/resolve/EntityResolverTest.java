package org.parallax.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.ActorMention;
import org.parallax.model.Document;
import org.parallax.model.Figure;
import org.parallax.model.Language;
import org.parallax.model.PlaceMention;
import org.parallax.model.Span;

class EntityResolverTest {
    private static final EntityResolver RESOLVER = new EntityResolver();

    private static Document doc(Language lang, String text) {
        return new Document("test-" + lang, lang, "", text, List.of(), List.of(new Span(0, text.length())), List.of(),
                Optional.empty(), List.of());
    }

    private static Optional<String> placeOf(Entities e, String name) {
        return e.places().stream().filter(p -> p.text().equals(name)).findFirst().flatMap(PlaceMention::place)
                .map(p -> p.name() + "/" + p.countryCode());
    }

    private static String idOf(Entities e, String text) {
        return e.actors().stream().filter(a -> a.text().equals(text)).map(ActorMention::actorId).findFirst().orElse("none");
    }

    @Test
    void sameSovereignGetsOneIdInEveryLanguage() {
        String en = idOf(RESOLVER.resolve(doc(Language.EN, "In 1864 Maximilian landed at Veracruz.")), "Maximilian");
        String it = idOf(RESOLVER.resolve(doc(Language.IT, "Nel 1864 Massimiliano sbarcò a Veracruz.")), "Massimiliano");
        String fr = idOf(RESOLVER.resolve(doc(Language.FR, "En 1864, Maximilien débarque à Veracruz.")), "Maximilien");
        String es = idOf(RESOLVER.resolve(doc(Language.ES, "En 1864 Maximiliano desembarcó en Veracruz.")), "Maximiliano");
        assertThat(List.of(it, fr, es)).containsOnly(en);
        assertThat(en).isEqualTo("person:maximilian");
    }

    @Test
    void regnalNumberKeepsNapoleonThirdApartAcrossSpellings() {
        String en = idOf(RESOLVER.resolve(doc(Language.EN, "The troops of Napoleon III marched.")), "Napoleon III");
        String it = idOf(RESOLVER.resolve(doc(Language.IT, "Le truppe di Napoleone III marciarono.")), "Napoleone III");
        String fr = idOf(RESOLVER.resolve(doc(Language.FR, "Les troupes de Napoléon III marchent.")), "Napoléon III");
        assertThat(List.of(it, fr)).containsOnly(en);
        assertThat(en).isEqualTo("person:napoleon-iii");
    }

    @Test
    void surnameAloneJoinsTheFullNameWithOrWithoutAccents() {
        Entities e = RESOLVER.resolve(doc(Language.EN,
                "Benito Juárez left the capital. Later Juárez returned, and President Juarez spoke."));
        assertThat(e.actors()).extracting(ActorMention::actorId).containsOnly("person:juarez");
        assertThat(e.actors()).hasSize(3);
    }

    @Test
    void aTownAnOceanAwayFromTheOthersIsAHomonymNotThePlaceMeant() {
        Entities e = RESOLVER.resolve(doc(Language.EN, "In July 1866 the Prussian armies marched from Dresden into Bohemia. "
                + "They met the Austrian army near Königgrätz, east of Prague, and drove it back towards Olomouc."));
        assertThat(placeOf(e, "Bohemia")).isEmpty(); // only villages in the United States bear the name in the gazetteer
        assertThat(placeOf(e, "Prague")).contains("Prague/CZ");
        assertThat(placeOf(e, "Dresden")).contains("Dresden/DE");
    }

    @Test
    void aTownsShortNameAfterItsLongerFormNamesTheSameTown() {
        Entities e = RESOLVER.resolve(doc(Language.EN, "In July the Russians occupied Frankfurt an der Oder. "
                + "Early in August the Austrian corps reached Frankfurt and joined them."));
        assertThat(e.places()).filteredOn(p -> p.text().equals("Frankfurt")).singleElement()
                .satisfies(p -> assertThat(p.place().map(x -> x.name())).contains("Frankfurt (Oder)"));
        Entities mexico = RESOLVER.resolve(doc(Language.EN, "The army marched from Mexico City to the coast and left Mexico in 1867."));
        assertThat(mexico.places()).filteredOn(p -> p.text().equals("Mexico")).singleElement()
                .satisfies(p -> assertThat(p.place().map(x -> x.featureCode())).contains("PCLI"));
    }

    @Test
    void personNamedLikeAPlaceIsAPerson() {
        Entities e = RESOLVER.resolve(doc(Language.EN, "General Ignacio Zaragoza held the hill above the town of Orizaba."));
        assertThat(e.actors()).extracting(ActorMention::text).contains("Ignacio Zaragoza");
        assertThat(e.places()).extracting(PlaceMention::text).doesNotContain("Zaragoza", "Ignacio Zaragoza");
        assertThat(placeOf(e, "Orizaba")).contains("Orizaba/MX");
    }

    @Test
    void aSaintsFeastIsADayNotAPlace() {
        Entities es = RESOLVER.resolve(doc(Language.ES, "La batalla se libró el 10 de agosto, festividad de San Lorenzo, junto a Puebla."));
        Entities pt = RESOLVER.resolve(doc(Language.PT, "A cidade caiu no dia de Natal, e o exército marchou para Puebla."));
        assertThat(es.places()).extracting(PlaceMention::text).containsExactly("Puebla");
        assertThat(pt.places()).extracting(PlaceMention::text).containsExactly("Puebla");
    }

    @Test
    void germanNounsAfterAnArticleAreNoPersonAndASettlementNounLeadsTheTownsName() {
        Entities e = RESOLVER.resolve(doc(Language.DE, "Der Aufstand hatte 1618 mit dem Prager Fenstersturz begonnen; "
                + "danach belagerte das Heer die Hafenstadt Dieppe und die Stadt Harfleur."));
        assertThat(e.actors()).extracting(ActorMention::text).doesNotContain("Prager Fenstersturz");
        assertThat(placeOf(e, "Dieppe")).contains("Dieppe/FR");
        assertThat(placeOf(e, "Harfleur")).contains("Harfleur/FR");
    }

    @Test
    void aRunBeforeAGenericPlaceWordNamesAPlaceNotAPerson() {
        Entities e = RESOLVER.resolve(doc(Language.EN, "The last battalions were overwhelmed at the Lo Varel hacienda that evening."));
        assertThat(e.actors()).extracting(ActorMention::text).doesNotContain("Lo Varel");
    }

    @Test
    void aConstableIsATitleAndHisSurnameAloneStaysAPerson() {
        Entities e = RESOLVER.resolve(doc(Language.ES, "El condestable Bertil de Montmorency mandaba el ejército de socorro. "
                + "Montmorency se acercó con unos 22.000 soldados."));
        assertThat(e.actors()).extracting(ActorMention::text).contains("Montmorency");
        assertThat(e.places()).extracting(PlaceMention::text).doesNotContain("Montmorency");
    }

    @Test
    void aTownsNameAfterACommandCueIsTheCommander() {
        Entities e = RESOLVER.resolve(doc(Language.EN, "With the right wing under Montmorency holding firm, the line broke."));
        assertThat(e.actors()).extracting(ActorMention::text).contains("Montmorency");
        assertThat(e.places()).extracting(PlaceMention::text).doesNotContain("Montmorency");
    }

    @Test
    void aTownsNameThatOwnsABodyIsItsCommander() {
        Entities e = RESOLVER.resolve(doc(Language.EN, "In the afternoon Montmorency's division retook the heights above the river."));
        assertThat(e.actors()).extracting(ActorMention::text).contains("Montmorency");
        assertThat(e.places()).extracting(PlaceMention::text).doesNotContain("Montmorency");
    }

    @Test
    void aRunWrittenOnceAfterAPlaceCueIsAPlaceWhereverItStands() {
        Entities e = RESOLVER.resolve(doc(Language.EN, "Osorio had scattered the patriots in a night attack at Quelva Rostan. "
                + "The general rode out with his arm still bandaged from Quelva Rostan."));
        assertThat(e.actors()).extracting(ActorMention::text).doesNotContain("Quelva Rostan");
    }

    @Test
    void aSovereignByHisGivenNameIsAPersonAndARulersRealmIsNot() {
        Entities en = RESOLVER.resolve(doc(Language.EN, "Frederick V left Prague the next morning. Frederick never saw Bohemia again."));
        assertThat(en.actors()).extracting(ActorMention::text).contains("Frederick V", "Frederick");
        assertThat(en.places()).extracting(PlaceMention::text).doesNotContain("Frederick");
        Entities fr = RESOLVER.resolve(doc(Language.FR, "Frédéric V du Palatinat, élu roi de Valdorie l'année précédente, quitta la capitale."));
        assertThat(fr.actors()).extracting(ActorMention::text).doesNotContain("Valdorie");
    }

    @Test
    void frenchMexicoIsTheCityAndEnglishMexicoTheCountry() {
        Entities fr = RESOLVER.resolve(doc(Language.FR, "Les troupes entrent à Mexico après la chute de Puebla."));
        Entities en = RESOLVER.resolve(doc(Language.EN, "The army of Mexico retreated from Puebla toward Oaxaca."));
        assertThat(placeOf(fr, "Mexico")).contains("Mexico City/MX");
        assertThat(placeOf(en, "Mexico")).contains("Mexico/MX");
    }

    @Test
    void historicalFormResolvesToTheOfficialCity() {
        Entities e = RESOLVER.resolve(doc(Language.ES, "Las tropas marcharon de Matamoros a Monterrey."));
        assertThat(placeOf(e, "Matamoros")).contains("Heroica Matamoros/MX");
    }

    @Test
    void unknownCuedNameStaysUnresolved() {
        Entities e = RESOLVER.resolve(doc(Language.EN, "The column camped at Xqzwplt before dawn."));
        assertThat(e.places()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Xqzwplt");
            assertThat(p.place()).isEmpty();
        });
    }

    private static Figure only(Language lang, String text) {
        List<Figure> figures = RESOLVER.resolve(doc(lang, text)).figures();
        assertThat(figures).hasSize(1);
        return figures.get(0);
    }

    @Test
    void readsGroupedNumbersInEachLanguagesStyle() {
        assertThat(only(Language.EN, "They fielded 38,493 soldiers.").value()).isEqualTo(38493);
        assertThat(only(Language.FR, "Ils alignent 38 493 soldats.").value()).isEqualTo(38493);
        assertThat(only(Language.DE, "Sie stellten 38.493 Soldaten.").value()).isEqualTo(38493);
        assertThat(only(Language.IT, "Schierarono 38.493 soldati.").unit()).isEqualTo("troops");
    }

    @Test
    void readsNumberWordsIncludingCompounds() {
        assertThat(only(Language.EN, "He took eighty prisoners.").value()).isEqualTo(80);
        assertThat(only(Language.IT, "Catturarono tremila prigionieri.").value()).isEqualTo(3000);
        assertThat(only(Language.FR, "Ils perdent trois mille hommes.").value()).isEqualTo(3000);
        assertThat(only(Language.DE, "Sie verloren zweitausend Mann.").value()).isEqualTo(2000);
        assertThat(only(Language.ES, "Perdieron doscientos cincuenta hombres.").value()).isEqualTo(250);
    }

    @Test
    void readsARangeWithAnArticleBeforeEachNumber() {
        Figure it = only(Language.IT, "Persero tra i 3.000 e i 5.000 uomini.");
        assertThat(it.value()).isEqualTo(3000);
        assertThat(it.upper()).contains(5000.0);
        assertThat(only(Language.ES, "Perdieron entre los 3.000 y los 5.000 hombres.").upper()).contains(5000.0);
    }

    @Test
    void countsSoldiersByTheirArm() {
        assertThat(only(Language.EN, "Some 6,000 Genoese crossbowmen advanced.").unit()).isEqualTo("troops");
        assertThat(only(Language.FR, "Ils alignent 4 000 arbalétriers.").unit()).isEqualTo("troops");
        assertThat(only(Language.DE, "Sie stellten 3.000 Ritter auf.").unit()).isEqualTo("troops");
        assertThat(only(Language.ES, "Llegaron 500 arcabuceros.").unit()).isEqualTo("troops");
    }

    @Test
    void readsRangesApproximationsAndMoney() {
        Figure range = only(Language.EN, "An army of 16,200–24,000 men advanced.");
        assertThat(range.value()).isEqualTo(16200);
        assertThat(range.upper()).contains(24000.0);
        Figure about = only(Language.FR, "Environ 5 000 hommes attaquent.");
        assertThat(about.approximate()).isTrue();
        assertThat(about.unit()).isEqualTo("men");
        Figure money = only(Language.EN, "The loan was between $16 million and $18 million.");
        assertThat(money.value()).isEqualTo(16e6);
        assertThat(money.upper()).contains(18e6);
        assertThat(money.unit()).isEqualTo("dollars");
        assertThat(only(Language.ES, "Pagaron 50.000 pesos.").unit()).isEqualTo("pesos");
        assertThat(only(Language.DE, "Etwa 4.000 Gefangene wurden gemacht.").approximate()).isTrue();
        Figure hundred = only(Language.EN, "Brazil lost about a hundred men killed.");
        assertThat(hundred.value()).isEqualTo(100);
        assertThat(hundred.approximate()).isTrue();
    }

    @Test
    void menAreCountedByWhatBefellThem() {
        assertThat(only(Language.EN, "The garrison lost some 3,000 men taken prisoner.").unit()).isEqualTo("prisoners");
        assertThat(only(Language.ES, "Perdieron unos 3.500 hombres entre muertos y heridos.").unit()).isEqualTo("killed");
        assertThat(only(Language.FR, "Ils alignaient 30 000 hommes sur la rive.").unit()).isEqualTo("men");
    }

    @Test
    void yearsAndDaysAreNotFigures() {
        assertThat(RESOLVER.resolve(doc(Language.EN, "On 5 May 1862 the town held out.")).figures()).isEmpty();
    }

    @Test
    void statedDefectionGivesTheNewSide() {
        List<SideChange> changes = RESOLVER.sideChanges(doc(Language.EN,
                "General Tomás Ruiz later went over to the Imperialists with his brigade."));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.actorId()).isEqualTo("person:ruiz");
            assertThat(c.side()).isEqualTo("Imperialist");
        });
    }

    @Test
    void aYearIsNoCountUnlessItsUnitFollowsAndAFigureStartsAtAWord() {
        String text = "In 1683 the allied forces gathered. About 1,000,000 civilians died. The army had 1683 men.";
        List<Figure> f = RESOLVER.resolve(doc(Language.EN, text)).figures();
        assertThat(f).extracting(Figure::value).containsExactly(1_000_000.0, 1683.0);
        assertThat(f.get(0).text()).startsWith("About");
    }
}
