package org.parallax.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.model.ActorMention;
import org.parallax.model.Document;
import org.parallax.model.Language;
import org.parallax.model.Place;
import org.parallax.model.PlaceMention;
import org.parallax.model.Span;

/** Where a place name starts and ends, and when a name is a person, a doctrine or one place throughout. */
class NameBoundariesTest {
    private static final EntityResolver RESOLVER = new EntityResolver();

    private static Entities resolve(Language lang, String text) {
        return RESOLVER.resolve(new Document("test-" + lang, lang, "", text, List.of(), List.of(new Span(0, text.length())),
                List.of(), Optional.empty(), List.of()));
    }

    private static List<String> placeTexts(Entities e) {
        return e.places().stream().map(PlaceMention::text).toList();
    }

    private static Optional<Place> placeOf(Entities e, String text) {
        return e.places().stream().filter(p -> p.text().equals(text)).findFirst().flatMap(PlaceMention::place);
    }

    @Test
    void aCountryNameIsNotCutAtAWordThatStartsNoName() {
        Entities e = resolve(Language.EN, "Rifles from the United States reached the border in 1866.");
        assertThat(placeOf(e, "United States")).map(Place::countryCode).contains("US");
    }

    @Test
    void aDivisionNameIsNotSplitBeforeAGivenName() {
        Entities e = resolve(Language.ES, "El gobernador de Nuevo León y Coahuila rompió con el presidente.");
        assertThat(placeTexts(e)).contains("Nuevo León").doesNotContain("León");
        assertThat(placeOf(e, "Nuevo León")).map(Place::featureCode).contains("ADM1");
        assertThat(e.actors()).extracting(ActorMention::text).doesNotContain("Nuevo León");
    }

    @Test
    void aPlaceNameInsideALongerNameIsNotThatPlace() {
        Entities e = resolve(Language.EN, "Citing the Monroe Doctrine, the envoy protested. Godfrey Weitzel watched the river.");
        assertThat(placeTexts(e)).doesNotContain("Monroe", "Godfrey");
    }

    @Test
    void aGenericHeadLeadsAnotherPlaceThatStaysUnresolved() {
        Entities e = resolve(Language.EN, "The garrison held the Cerro de las Ánimas and retreated to Isla del Carmen.");
        assertThat(placeTexts(e)).contains("Cerro de las Ánimas", "Isla del Carmen").doesNotContain("Cerro", "Isla");
        assertThat(placeOf(e, "Cerro de las Ánimas")).isEmpty();
    }

    @Test
    void aBuildingNamedAfterACityIsLocatedInTheCity() {
        Entities e = resolve(Language.EN, "The bishop was buried in the Puebla Cathedral in 1865.");
        assertThat(placeOf(e, "Puebla Cathedral")).map(Place::name).contains("Puebla");
    }

    @Test
    void aDoctrineNamedAfterAPersonIsNoPlaceInRomanceLanguages() {
        Entities fr = resolve(Language.FR, "Washington invoque la doctrine Monroe contre la France.");
        Entities es = resolve(Language.ES, "Washington invocó la doctrina Monroe contra Francia.");
        assertThat(placeTexts(fr)).doesNotContain("Monroe");
        assertThat(placeTexts(es)).doesNotContain("Monroe");
    }

    @Test
    void aNameMeansOnePlaceThroughoutTheDocument() {
        Entities e = resolve(Language.EN, "The army left Orizaba for Puebla. Puebla resisted for two months. "
                + "Far to the north, the rebels held Mexicali and Ensenada, and a courier rode towards Puebla. "
                + "Puebla fell in May.");
        Set<Long> ids = e.places().stream().filter(p -> p.text().equals("Puebla")).map(p -> p.place().orElseThrow().geonameId())
                .collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
    }

    @Test
    void aCountryIsNobodysSurname() {
        Entities e = resolve(Language.EN, "Maximilian of Mexico sailed in April. Royalists hoped to restore Mexico to a monarchy.");
        assertThat(placeOf(e, "Mexico")).map(Place::featureCode).contains("PCLI");
        assertThat(e.actors()).filteredOn(a -> a.text().equals("Mexico")).extracting(ActorMention::actorId)
                .containsExactly("state:mx");
    }

    @Test
    void everyPartOfACompoundSurnameNamesThePerson() {
        Entities e = resolve(Language.EN, "Sebastián Lerdo de Tejada won the election. Four years later Lerdo ran again.");
        assertThat(placeTexts(e)).doesNotContain("Lerdo");
        assertThat(e.actors()).filteredOn(a -> a.text().equals("Lerdo")).extracting(ActorMention::actorId)
                .containsExactly("person:tejada");
    }

    @Test
    void aFullNameWithAnUnlistedGivenNameLendsItsSurname() {
        Entities e = resolve(Language.EN, "Assaults led by Abel Douay broke the line. In March, Douay entered Colima.");
        assertThat(e.actors()).filteredOn(a -> a.text().equals("Douay")).extracting(ActorMention::actorId)
                .containsExactly("person:douay");
    }

    @Test
    void aGermanicParticleKeepsAnUnlistedNameWhole() {
        Entities es = resolve(Language.ES, "Unos 6.000 soldados al mando de Ortwin von Kesselbrack sitiaron la plaza.");
        assertThat(es.actors()).extracting(ActorMention::text).contains("Ortwin von Kesselbrack");
        assertThat(placeTexts(es)).doesNotContain("Ortwin von Kesselbrack");
        Entities pt = resolve(Language.PT, "O coronel Aldert van den Kroon saiu do porto com 3.000 soldados.");
        assertThat(pt.actors()).extracting(ActorMention::text).contains("Aldert van den Kroon");
        // German writes every noun with a capital: "Tausende von Männern" is nobody.
        Entities de = resolve(Language.DE, "Tausende von Männern flohen über die Brücke.");
        assertThat(de.actors()).extracting(ActorMention::text).doesNotContain("Tausende von Männern");
        // Nor are two capitalized German nouns a given name and a surname when one is an abstract noun.
        Entities abstracts = resolve(Language.DE, "Im Frieden erkannte das Reich die Unabhängigkeit Montclairs an.");
        assertThat(abstracts.actors()).extracting(ActorMention::text).doesNotContain("Unabhängigkeit Montclairs");
    }

    @Test
    void capitalizedCommonNounsAreNotPeople() {
        Entities e = resolve(Language.EN, "The Black Decree ordered executions; the decree was resented. "
                + "A Grenadier Company marched, and a second company followed.");
        assertThat(e.actors()).extracting(ActorMention::text).doesNotContain("Black Decree", "Grenadier Company");
    }

    @Test
    void aDivisionAfterACommaSaysWhichTownOfThatName() {
        Entities e = resolve(Language.EN, "The column attacked the rebels at Santa Isabel, Chihuahua, and later took Alvarado, Veracruz.");
        assertThat(placeOf(e, "Santa Isabel")).map(Place::admin1).contains("06");
        assertThat(placeOf(e, "Chihuahua")).map(Place::featureCode).contains("ADM1");
        assertThat(placeOf(e, "Alvarado")).map(Place::admin1).contains("30");
    }

    @Test
    void theBigTownOfANameWinsOverASmallOneTaggedWithTheLanguage() {
        Entities e = resolve(Language.EN, "The fleet blockaded Matamoros and sailed on to Mazatlán.");
        assertThat(placeOf(e, "Matamoros")).map(Place::admin1).contains("28");
        assertThat(placeOf(e, "Mazatlán")).map(Place::admin1).contains("25");
    }

    @Test
    void aCountryWinsOverItsDivisionOfTheSameName() {
        Entities e = resolve(Language.ES, "Solo Guatemala reconoció al nuevo gobierno.");
        assertThat(placeOf(e, "Guatemala")).map(Place::featureCode).contains("PCLI");
    }

    @Test
    void infoboxFieldNamesAndSeasonsAreNotPlaces() {
        Entities e = resolve(Language.EN, "- Date: 8 December 1861\n- Place: Mexico\n\nThe rebels rose in the Spring of 1866 near Puebla.");
        assertThat(placeTexts(e)).doesNotContain("Date", "Spring").contains("Mexico", "Puebla");
    }

    @Test
    void aWarNamedAfterSomethingIsNotAPlace() {
        Entities it = resolve(Language.IT, "Vidaurri aveva combattuto durante la guerra della Riforma.");
        Entities en = resolve(Language.EN, "Vidaurri had fought in the Reform War.");
        assertThat(placeTexts(it)).doesNotContain("Riforma");
        assertThat(placeTexts(en)).doesNotContain("Reform");
    }

    @Test
    void theNameEveryoneUsesFindsATownWithAnHonourInItsOfficialName() {
        Entities e = resolve(Language.EN, "Arteaga occupied Tacámbaro and marched on Zitácuaro and Papantla.");
        assertThat(placeOf(e, "Tacámbaro")).map(Place::name).contains("Tacámbaro de Codallos");
        assertThat(placeOf(e, "Zitácuaro")).map(Place::admin1).contains("16");
        assertThat(placeOf(e, "Papantla")).map(Place::admin1).contains("30");
    }

    @Test
    void aFortOrAHillNamedLikeATownIsNotTheTown() {
        Entities fr = resolve(Language.FR, "Le 29 mars, les Français prennent le fort San Javier.");
        Entities it = resolve(Language.IT, "Il 29 marzo i francesi presero il forte di San Javier.");
        Entities es = resolve(Language.ES, "El 17 de marzo atacaron el cerro de San Gregorio.");
        assertThat(placeOf(fr, "San Javier")).isEmpty();
        assertThat(placeOf(it, "San Javier")).isEmpty();
        assertThat(placeOf(es, "San Gregorio")).isEmpty();
        assertThat(placeTexts(fr)).contains("San Javier");
    }

    @Test
    void aBuildingOfATownIsInTheTown() {
        Entities e = resolve(Language.EN, "The bishop preached in the cathedral of Puebla.");
        assertThat(placeOf(e, "Puebla")).map(Place::name).contains("Puebla");
    }

    @Test
    void aCountryIsAStateWithOneIdInEveryLanguage() {
        List<String> ids = List.of(resolve(Language.FR, "La France envahit le Mexique en 1862."),
                        resolve(Language.IT, "La Francia invase il Messico nel 1862."),
                        resolve(Language.DE, "Frankreich marschierte 1862 in Mexiko ein."))
                .stream().map(e -> e.actors().stream().filter(a -> a.kind() == org.parallax.model.ActorKind.STATE)
                        .map(ActorMention::actorId).sorted().toList().toString()).toList();
        assertThat(ids).containsOnly("[state:fr, state:mx]");
    }

    @Test
    void aRulersNumberAtTheEndOfASentenceNeitherKeepsTheStopNorJoinsTheNextSentence() {
        Entities e = resolve(Language.EN, "They dreamed of the empire of Agustín I. Through the war, many changed sides.");
        assertThat(e.actors()).extracting(ActorMention::text).contains("Agustín I");
    }

    @Test
    void theCityStandsForTheLastTownOfTheParagraph() {
        Entities en = resolve(Language.EN, "The general marched from Saltillo into Coahuila. He captured the city and the town's walls fell.");
        Entities fr = resolve(Language.FR, "Le général quitte Saltillo pour le Coahuila. Il prend la ville en décembre.");
        assertThat(placeOf(en, "the city")).map(Place::name).contains("Saltillo");
        assertThat(placeOf(en, "the town")).map(Place::name).contains("Saltillo");
        assertThat(placeOf(fr, "la ville")).map(Place::name).contains("Saltillo");
        assertThat(placeOf(resolve(Language.EN, "The city was quiet in 1860."), "The city")).isEmpty();
        assertThat(placeTexts(resolve(Language.EN, "Márquez occupied Colima and captured the port of Manzanillo.")))
                .doesNotContain("the port");
    }

    @Test
    void aKnownPersonsSurnameAfterAPrepositionSharedWithPlacesStaysThePerson() {
        Entities it = resolve(Language.IT, "Il presidente Juárez resistette. Nel 1867 le forze fedeli a Juárez catturarono l'imperatore.");
        Entities en = resolve(Language.EN, "President Juárez held out. In 1867 troops loyal to Juárez took Querétaro. Later Díaz marched to Victoria.");
        assertThat(placeTexts(it)).doesNotContain("Juárez");
        assertThat(placeTexts(en)).doesNotContain("Juárez").contains("Victoria");
    }

    @Test
    void aTitleOfNobilityBeforeAPlaceNameIsAPerson() {
        Entities en = resolve(Language.EN, "Forces under the Earl of Salisbury laid siege to the city. Salisbury was wounded.");
        Entities it = resolve(Language.IT, "Le truppe guidate dal conte di Suffolk assediarono la città.");
        assertThat(en.actors()).extracting(ActorMention::actorId).contains("person:salisbury");
        assertThat(placeTexts(en)).doesNotContain("Salisbury");
        assertThat(it.actors()).extracting(ActorMention::actorId).contains("person:suffolk");
    }

    @Test
    void aRulerAfterHisCountryIsAPersonOfHisOwnWithHisNumber() {
        Entities e = resolve(Language.IT, "La guerra oppose la Francia di Luigi XIV alla Grande Alleanza, e Luigi XIV perse.");
        assertThat(e.actors()).filteredOn(a -> a.kind() == org.parallax.model.ActorKind.PERSON)
                .extracting(ActorMention::text).containsExactly("Luigi XIV", "Luigi XIV");
    }

    @Test
    void theNamesOfWarsAlliancesAndTreatiesAreNoPersons() {
        Entities de = resolve(Language.DE, "Die Schlacht gilt als eine der entscheidenden des Spanischen Erbfolgekrieges.");
        Entities war = resolve(Language.DE, "Die Schlacht von Tarsa war die letzte des Norländisch-Kalmarischen Krieges, der drei Jahre dauerte.");
        Entities it = resolve(Language.IT, "Durante la guerra della Triplice Alleanza la flotta fu distrutta.");
        Entities en = resolve(Language.EN, "The Perpetual Peace was signed at Fribourg. Aureliano Rivera signed it.");
        assertThat(de.actors()).extracting(ActorMention::text).doesNotContain("Spanischen Erbfolgekrieges");
        assertThat(war.actors()).filteredOn(a -> a.kind() == org.parallax.model.ActorKind.PERSON).isEmpty();
        assertThat(it.actors()).extracting(ActorMention::text).doesNotContain("Triplice Alleanza");
        assertThat(en.actors()).extracting(ActorMention::text).doesNotContain("Perpetual Peace").contains("Aureliano Rivera");
    }

    @Test
    void aTerritorialDesignationIsNoSurname() {
        Entities e = resolve(Language.EN, "The army of Maximilian II Emanuel of Bavaria was beaten, and the victory knocked Bavaria out of the war.");
        assertThat(e.actors()).filteredOn(a -> a.kind() == org.parallax.model.ActorKind.PERSON)
                .extracting(ActorMention::text).containsExactly("Maximilian II Emanuel of Bavaria");
        assertThat(placeTexts(e)).contains("Bavaria");
    }
}
