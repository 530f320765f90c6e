package org.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.ActorKind;
import org.parallax.model.ActorMention;
import org.parallax.model.Span;
import org.parallax.resolve.NameSequences.Seq;
import org.parallax.resolve.Words.Word;
import org.parallax.resolve.gazetteer.Gazetteer;

/**
 * Finds people and named groups. A name is a person when a title precedes it ("General Forey"), when
 * it starts with a known given name ("Benito Juárez"), when it is a sovereign's name in any language
 * ("Massimiliano"), or when its last word is the surname of a person already found in the document
 * ("Juárez" after "Benito Juárez"). Cluster ids come from the name alone, so that every edition gives
 * the same person the same id: the surname for most people, the canonical given name and regnal number
 * for sovereigns ("person:napoleon-iii").
 */
final class ActorFinder {
    /** A person found on a run of words, before places are decided. */
    record Person(Seq seq, int from, String key, String surname, String given, Optional<String> side) {
    }

    private final Lexicon lex;
    private final Gazetteer gazetteer;

    ActorFinder(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    /**
     * The people of the text. {@code lowercase} holds the words the text also writes in lower case:
     * a run holding one ("Black Decree", "Grenadier Company") is not a person's name.
     */
    List<Person> people(List<Word> words, List<Seq> seqs, Set<String> lowercase) {
        List<Person> found = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        Set<String> fullNames = new HashSet<>();
        // Every part of a compound surname names the person alone: "Lerdo" for Sebastián Lerdo de Tejada.
        Map<String, String> surnameParts = new HashMap<>();
        for (Seq s : seqs) {
            int title = titleBefore(words, s.from());
            Person p = strongPerson(words, s, title);
            if (p != null && !p.surname().isEmpty() && countryName(lastName(words, s)) && s.length() > 2
                    && NameSequences.particleLength(words, s.to() - 2, lex) == 1) {
                p = null; // "Agustín I of Mexico": "of Mexico" is a sovereign's designation, not a surname
            }
            if (p != null) {
                found.add(p);
                if (!p.surname().isEmpty()) {
                    surnames.add(p.surname());
                    fullNames.add(NameSequences.phrase(words, s.from(), s.to()));
                    int designation = designation(words, s);
                    for (int k = s.from() + (p.given().isEmpty() ? 0 : 1); k < designation - 1; k++) {
                        Word w = words.get(k);
                        if (w.capitalized() && !NameSequences.isNumeral(w) && !Lexicon.givenNames().contains(w.folded())) {
                            surnameParts.merge(w.folded(), p.surname(), (a, b) -> a.equals(b) ? a : "");
                        }
                    }
                }
            }
        }
        Set<Seq> taken = new HashSet<>();
        found.forEach(p -> taken.add(p.seq()));
        // A run written once after a cue only places take ("at Cancha Rayada") names that place wherever it stands
        // ("bandaged from Cancha Rayada").
        Set<String> placeRuns = new HashSet<>();
        for (Seq s : seqs) {
            if (strongCueBefore(words, s.from())) {
                placeRuns.add(NameSequences.phrase(words, s.from(), s.to()));
            }
        }
        // Full names without a listed given name ("Abel Douay") give their surnames before lone surnames are read.
        for (Seq s : seqs) {
            if (taken.contains(s) || placeRuns.contains(NameSequences.phrase(words, s.from(), s.to()))) {
                continue;
            }
            String last = surname(words, s);
            if (!surnames.contains(last) && looksLikeFullName(words, s, lowercase)) {
                found.add(new Person(s, s.from(), last, last, words.get(s.from()).folded(), sideBefore(words, s.from())));
                taken.add(s);
                surnames.add(last);
                fullNames.add(NameSequences.phrase(words, s.from(), s.to()));
            }
        }
        for (Seq s : seqs) {
            if (taken.contains(s)) {
                continue;
            }
            String last = surname(words, s);
            String phrase = NameSequences.phrase(words, s.from(), s.to());
            if (countryName(phrase)) {
                continue;
            }
            if (!surnames.contains(last) && s.length() == 1 && !surnameParts.getOrDefault(last, "").isEmpty()) {
                last = surnameParts.get(last);
            }
            boolean known = gazetteer.knows(phrase);
            boolean partOfFullName = fullNames.stream().anyMatch(f -> f.equals(phrase) || f.endsWith(" " + phrase));
            boolean placeReading = known && (s.length() > 1 && !partOfFullName || strongCueBefore(words, s.from()));
            if (surnames.contains(last) && !placeReading) {
                found.add(new Person(s, s.from(), last, last, "", sideBefore(words, s.from())));
            }
        }
        // "the right wing under Las Heras": after a command's cue a name the gazetteer knows as a town is the commander;
        // so is one that owns a body ("Govone's division").
        for (Seq s : seqs) {
            String phrase = NameSequences.phrase(words, s.from(), s.to());
            if (!taken.contains(s) && found.stream().noneMatch(p -> p.seq().equals(s))
                    && (commandCueBefore(words, s.from()) || bodyOwnedAfter(words, s.to()))
                    && gazetteer.knows(phrase) && !countryName(phrase) && !lex.demonyms.containsKey(words.get(s.from()).folded())) {
                String last = surname(words, s);
                found.add(new Person(s, s.from(), last, last, "", sideBefore(words, s.from())));
            }
        }
        found.sort((a, b) -> Integer.compare(a.seq().from(), b.seq().from()));
        return found;
    }

    /** The canonical titles of rulers ({@code titles.txt}): "roi de Bohême" is an office, not a person. */
    private static final Set<String> RULERS = Set.of("king", "queen", "emperor", "empress");
    /** Definite articles of the six languages, folded: "el rey de", "le roi de", "the King of". */
    private static final Set<String> ARTICLES = Set.of("the", "el", "la", "le", "l", "il", "lo", "o", "a", "der", "die", "den",
            "dem", "des", "los", "les", "os");

    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "dem", "den", "des", "ein", "eine",
            "einem", "einen", "eines", "einer");

    /** Particles of Germanic nobility inside a person's name ("von", "van", and "den" or "der" after "van"). */
    private static final Set<String> NOBILIARY = Set.of("von", "van");

    /**
     * Two or three capitalized words, the first unknown to the gazetteer and none a generic place word,
     * read as a given name and surname ("Aureliano Rivera") even when the given name is not listed.
     */
    private boolean looksLikeFullName(List<Word> words, Seq s, Set<String> lowercase) {
        if (s.length() < 2 || s.length() > 5 || gazetteer.knows(words.get(s.from()).text())
                || countryName(words.get(s.to() - 1).text())) {
            return false;
        }
        // "Sigismund von Schkoppe", "Johan van den Brinck": a Germanic nobiliary particle inside the run belongs to a
        // person's name; places do not take it. German capitalizes every noun ("Tausende von Männern"): there the name
        // must start with a given name.
        boolean germanNoun = lex.language == org.parallax.model.Language.DE && !Lexicon.givenNames().contains(words.get(s.from()).folded());
        // "the Lo Espejo hacienda", "the Tessa river": a generic place word right after the run makes it a place's name.
        if (s.to() < words.size() && !words.get(s.to()).capitalized() && (lex.placeWords.contains(words.get(s.to()).folded())
                || lex.featureHeads.contains(words.get(s.to()).folded()))) {
            return false;
        }
        // "mit dem Prager Fenstersturz", "den Böhmischen Ständeaufstand": after an article German capitalizes an
        // adjective and its noun; a name without a given name does not follow an article.
        if (germanNoun && s.from() > 0 && GERMAN_ARTICLES.contains(words.get(s.from() - 1).text())) {
            return false;
        }
        int names = 0;
        for (int k = s.from(); k < s.to(); k++) {
            Word w = words.get(k);
            if (k > s.from() && k < s.to() - 1 && !germanNoun && (NOBILIARY.contains(w.text())
                    || (w.text().equals("den") || w.text().equals("der")) && words.get(k - 1).text().equals("van"))) {
                continue;
            }
            names++;
            if (!w.capitalized() || lex.placeWords.contains(w.folded()) || lex.notPersonWord(w.folded()) || NameSequences.isNumeral(w)
                    || lowercase.contains(w.folded()) || w.text().length() < 2) {
                return false;
            }
        }
        return names >= 2 && names <= 3 && !gazetteer.knows(NameSequences.phrase(words, s.from(), s.to()));
    }

    /**
     * Whether the name is a sizeable place's ("Santiago de Querétaro"); a hamlet named after a person
     * ("Sebastián Lerdo de Tejada") does not make the person's full name a place.
     */
    private boolean prominentPlace(String name) {
        return gazetteer.lookup(name).stream().anyMatch(m -> m.place().population() >= 50_000
                || !m.place().featureCode().equals("PPL") && !m.place().featureCode().equals("PPLH"));
    }

    /** Whether the run starts with a known place name ("Nuevo León y Coahuila"). */
    private boolean startsWithPlace(List<Word> words, Seq s) {
        for (int to = s.to(); to > s.from(); to--) {
            if (gazetteer.knows(NameSequences.phrase(words, s.from(), to))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is a country's or a continent's: never a person's name or surname. */
    private boolean countryName(String name) {
        return gazetteer.namesState(name);
    }

    /** "Santiago de Querétaro" is a place that starts with a given name; "Jesús González Ortega" is not. */
    private boolean hasParticle(List<Word> words, Seq s) {
        for (int k = s.from(); k < s.to(); k++) {
            if (!words.get(k).capitalized()) {
                return true;
            }
        }
        return false;
    }

    private Person strongPerson(List<Word> words, Seq s, int titleStart) {
        String whole = NameSequences.phrase(words, s.from(), s.to());
        Map<String, String> exonyms = Lexicon.exonyms();
        String first = words.get(s.from()).folded();
        String canonicalFirst = exonyms.getOrDefault(first, first);
        boolean sovereign = exonyms.containsKey(whole) || Lexicon.sovereignNames().contains(canonicalFirst)
                && soleGivenName(words, s);
        boolean given = s.length() >= 2 && Lexicon.givenNames().contains(NameSequences.firstPart(first))
                && !(prominentPlace(whole) && hasParticle(words, s));
        // "the governor of Nuevo León": a title joined by a particle to a known place is an office, not a
        // name — unless it is a title of nobility ("the Earl of Salisbury").
        // "élu roi de Bohême", "King of Bohemia from 1619": a bare ruler's title joined by a particle names the realm,
        // known or not; after an article it is the ruler ("el rey de Brandmark cayó").
        boolean ofRealm = titleStart >= 0 && titleStart < s.from() - 1 && NameSequences.particleLength(words, s.from() - 1, lex) == 1
                && RULERS.contains(lex.titles.getOrDefault(words.get(titleStart).folded(), ""))
                && (titleStart == 0 || !ARTICLES.contains(words.get(titleStart - 1).folded()));
        boolean titled = titleStart >= 0 && !ofRealm && !(titleStart < s.from() - 1 && NameSequences.particleLength(words, s.from() - 1, lex) == 1
                && startsWithPlace(words, s) && !lex.peerages.contains(words.get(titleStart).folded()));
        if (!sovereign && !given && !titled) {
            return null;
        }
        int from = titled ? titleStart : s.from();
        Optional<String> side = sideBefore(words, from);
        if (sovereign) {
            String canonical = exonyms.getOrDefault(whole, canonicalFirst);
            String numeral = numeral(words, s);
            String key = numeral.isEmpty() || numeral.equals("i") ? canonical : canonical + " " + numeral;
            return new Person(s, from, key.replace(' ', '-'), "", canonical, side);
        }
        String last = surname(words, s);
        return new Person(s, from, last, last, given ? first : "", side);
    }

    /** A sovereign named by the given name alone, with at most a numeral and "of Belgium"-like designation. */
    private boolean soleGivenName(List<Word> words, Seq s) {
        int k = s.from() + 1;
        while (k < s.to() && NameSequences.isNumeral(words.get(k))) {
            k++;
        }
        return k == s.to() || NameSequences.particleLength(words, k, lex) > 0;
    }

    private static String numeral(List<Word> words, Seq s) {
        for (int k = s.from() + 1; k < s.to(); k++) {
            if (NameSequences.isNumeral(words.get(k))) {
                String f = words.get(k).folded();
                return f.equals("ier") || f.equals("1er") ? "i" : f;
            }
        }
        return "";
    }

    /**
     * The surname key: the last word that is not a numeral, folded, before a territorial designation
     * ("Maximilian II Emanuel of Bavaria" is Emanuel: "Bavaria" alone names the land, not him).
     */
    String surname(List<Word> words, Seq s) {
        return lastName(words, new Seq(s.from(), designation(words, s)));
    }

    /**
     * Where "of Bavaria", "di Savoia", "von Baden" starts in a name of three words or more: a particle followed
     * by the rest of the name spelling a country, a province or a region; otherwise the end of the name.
     */
    int designation(List<Word> words, Seq s) {
        for (int k = s.from() + 1; k < s.to() - 1; k++) {
            int particle = NameSequences.particleLength(words, k, lex);
            if (particle > 0 && k + particle < s.to() && territory(NameSequences.phrase(words, k + particle, s.to()))) {
                return k;
            }
        }
        return s.to();
    }

    private boolean territory(String name) {
        return gazetteer.lookup(name).stream().anyMatch(m -> {
            String code = m.place().featureCode();
            return code.startsWith("PCL") || code.equals("ADM1") || code.equals("RGN") || code.equals("CONT");
        });
    }

    /** The last word that is not a numeral, folded. */
    static String lastName(List<Word> words, Seq s) {
        for (int k = s.to() - 1; k >= s.from(); k--) {
            if (!NameSequences.isNumeral(words.get(k))) {
                return words.get(k).folded();
            }
        }
        return words.get(s.from()).folded();
    }

    /** Index of the first word of a title ending right before {@code at} ("General", "Gen.", "le général"), or -1. */
    int titleBefore(List<Word> words, int at) {
        int end = at;
        if (end > 0 && NameSequences.particleLength(words, end - 1, lex) == 1) {
            end--; // "General de Berthier"
        }
        for (int n = 3; n >= 1; n--) {
            int from = end - n;
            if (from < 0) {
                continue;
            }
            if (lex.titles.containsKey(NameSequences.phrase(words, from, end))) {
                return from;
            }
        }
        return -1;
    }

    /** Whether a possessive and a body's noun follow: "Govone's division", "Cerale's brigade". */
    private boolean bodyOwnedAfter(List<Word> words, int at) {
        return at + 2 < words.size() && (words.get(at).text().equals("'") || words.get(at).text().equals("\u2019"))
                && words.get(at + 1).text().equals("s") && !words.get(at + 2).capitalized() && lex.commandUnit(words.get(at + 2).folded());
    }

    /** Whether a command's cue ({@link Lexicon#commandCues}) ends right before word {@code at}. */
    private boolean commandCueBefore(List<Word> words, int at) {
        for (int n = 1; n <= 5 && at - n >= 0; n++) {
            if (lex.commandCues.contains(NameSequences.phrase(words, at - n, at))) {
                return true;
            }
        }
        return false;
    }

    private boolean strongCueBefore(List<Word> words, int at) {
        if (at == 0) {
            return false;
        }
        Word w = words.get(at - 1);
        // "loyal to Juárez": a preposition shared by places and people does not make a known person's name a place.
        return lex.placeCues.contains(w.folded()) && !lex.particles.contains(w.folded()) && !lex.sharedCues.contains(w.folded());
    }

    /** A side word among the few words before a name ("the conservative general Márquez"). */
    Optional<String> sideBefore(List<Word> words, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            Word w = words.get(k);
            if (!w.isWord()) {
                break;
            }
            String side = lex.sides.get(w.folded());
            if (side != null) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }

    /** Named groups ("the Republicans", "les Français", "esercito imperiale"), longest phrase first. */
    List<ActorMention> groups(String text, List<Word> words) {
        List<ActorMention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).isWord()) {
                i++; // a phrase starts at a word: ". The French" is "The French"
                continue;
            }
            int matched = 0;
            Lexicon.Group group = null;
            for (int n = Math.min(lex.longestPhrase, words.size() - i); n >= 1 && group == null; n--) {
                if (!words.get(i + n - 1).isWord()) {
                    continue;
                }
                group = lex.groups.get(NameSequences.phrase(words, i, i + n));
                matched = n;
            }
            if (group == null) {
                i++;
                continue;
            }
            Span span = new Span(words.get(i).start(), words.get(i + matched - 1).end());
            Optional<String> side = group.side().isEmpty() ? Optional.empty() : Optional.of(group.side());
            out.add(new ActorMention(span, span.of(text), group.id(), span.of(text), group.kind(), side));
            i += matched;
        }
        return out;
    }

    /** Turns people into mentions, giving people who share a surname distinct ids by given name. */
    static List<ActorMention> mentions(String text, List<Word> words, List<Person> people) {
        Map<String, Set<String>> givenBySurname = new HashMap<>();
        for (Person p : people) {
            if (!p.surname().isEmpty() && !p.given().isEmpty()) {
                givenBySurname.computeIfAbsent(p.surname(), k -> new HashSet<>()).add(p.given());
            }
        }
        Map<String, String> lastIdBySurname = new HashMap<>();
        Map<String, String> longestName = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (Person p : people) {
            String id = "person:" + p.key().replace(' ', '-');
            boolean shared = givenBySurname.getOrDefault(p.surname(), Set.of()).size() > 1;
            if (shared && !p.given().isEmpty()) {
                id = id + "-" + p.given().replace(' ', '-');
                lastIdBySurname.put(p.surname(), id);
            } else if (shared) {
                id = lastIdBySurname.getOrDefault(p.surname(), id);
            }
            ids.add(id);
            String name = text.substring(words.get(p.seq().from()).start(), nameEnd(words, p.seq()));
            longestName.merge(id, name, (a, b) -> b.length() > a.length() ? b : a);
        }
        List<ActorMention> out = new ArrayList<>();
        for (int k = 0; k < people.size(); k++) {
            Person p = people.get(k);
            Span span = new Span(words.get(p.seq().from()).start(), nameEnd(words, p.seq()));
            out.add(new ActorMention(span, span.of(text), ids.get(k), longestName.get(ids.get(k)), ActorKind.PERSON, p.side()));
        }
        return out;
    }

    /** Where a name ends: a ruler's number that ends the sentence leaves the full stop out ("Agustín I."). */
    private static int nameEnd(List<Word> words, Seq s) {
        Word last = words.get(s.to() - 1);
        return NameSequences.isNumeral(last) && last.text().endsWith(".") ? last.end() - 1 : last.end();
    }
}
