package org.parallax.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.align.Alignment;
import org.parallax.align.Edition;
import org.parallax.model.ActorKind;
import org.parallax.model.ActorMention;
import org.parallax.model.Event;
import org.parallax.model.Finding;
import org.parallax.model.Folding;
import org.parallax.model.Language;
import org.parallax.model.LanguageFiles;

/**
 * Who commanded which body, compared edition against edition. Editions tell a command in sentences that carry
 * no date and tell nothing else the aligner could match ("l'armée de Silésie, commandée par le général
 * Gneisenau", "with Blücher at the head of the Army of Silesia", "El ejército de Silesia de Blücher"), and these
 * commands are what editions most often disagree on. Each edition's sentences are read for a command: a body
 * (its kind: army, fleet, cavalry, garrison…; the side of the line; the nation; the names in it) and the person
 * in command of it, by the word order around a cue ({@code lang/<code>/command-words.txt}: "commanded by",
 * "à la tête de", "al mando de", "unter", "comandava", "della flotta … di"). Two editions contradict when they put
 * different persons at the head of one body, and neither puts the other's person at its head or names him in
 * the sentence. Written here because no dependency parser for six languages is available offline on these
 * machines (see DEPENDENCIES.md): the reading is by word order, and a sentence it cannot read gives nothing.
 */
final class Commands {
    /** How many words may stand between a cue and the commander ("sous les ordres du vice-amiral X"). */
    private static final int BETWEEN = 4;
    /** How many words a body's phrase may have ("die Panzerkreuzer des 2. Geschwaders"). */
    private static final int PHRASE = 7;
    /** Kinds of body that one article rarely has two of on one side: these identify a body without a nation or a name. */
    private static final Set<String> SPECIFIC = Set.of("CAVALRY", "INFANTRY", "ARTILLERY", "GARRISON", "VANGUARD",
            "REARGUARD", "RESERVE", "RELIEF", "VOLUNTEERS", "DELEGATION", "GUARD", "CRUISERS", "SUCCESSION");
    private static final Set<String> SIDES = Set.of("LEFT", "RIGHT", "CENTRE");
    private static final Set<String> KINDS = Set.of("ARMY", "FLEET", "CAVALRY", "INFANTRY", "ARTILLERY", "GARRISON",
            "VANGUARD", "REARGUARD", "RESERVE", "RELIEF", "VOLUNTEERS", "DELEGATION", "GUARD", "CRUISERS", "CORPS");
    private static final Pattern TOKEN = Pattern.compile("\\d+[.,]?\\d*\\.?|[\\p{L}][\\p{L}’'-]*|[;:,()«»\"“”—–]");
    private static final Map<Language, Words> WORDS = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            WORDS.put(l, Words.read(l));
        }
    }

    private final Quotes quotes;

    Commands(Quotes quotes) {
        this.quotes = quotes;
    }

    /** The body a command is of: its kinds, the side of the line, its nations and the names in its phrase. */
    record Body(Set<String> kinds, Set<String> sides, Set<String> nations, Set<String> names, String phrase) {
        /** Whether two bodies are one: of one kind and side, of no two nations, and named alike or of a kind one article has one of. */
        boolean same(Body o) {
            if (!kinds.equals(o.kinds) || !sides.equals(o.sides)) {
                return false;
            }
            if (!nations.isEmpty() && !o.nations.isEmpty() && nations.stream().noneMatch(o.nations::contains)) {
                return false;
            }
            boolean named = names.stream().anyMatch(n -> o.names.stream().anyMatch(m -> n.startsWith(m) || m.startsWith(n)));
            if (!names.isEmpty() && !o.names.isEmpty() && !named) {
                return false;
            }
            boolean nation = nations.stream().anyMatch(o.nations::contains);
            return named || nation || kinds.stream().allMatch(SPECIFIC::contains) || !sides.isEmpty() && !kinds.contains("FLEET");
        }
    }

    /** One edition's statement that a person commanded a body, with the statement whose sentence says it. */
    record Command(Alignment.Member member, ActorMention commander, Body body, List<ActorMention> named) {
    }

    List<FindingsReport.Entry> of(List<Edition> editions) {
        List<List<Command>> all = editions.stream().map(Commands::read).toList();
        // Contradicting commands, joined when they share one: "Blücher" in two editions against "Gneisenau" in a third is one finding.
        List<List<Command>> found = new ArrayList<>();
        for (int[] pair : EditionPairs.of(editions)) {
            int i = pair[0];
            int j = pair[1];
            for (Command a : all.get(i)) {
                for (Command b : all.get(j)) {
                    if (a.body().same(b.body()) && !samePerson(a.commander(), b.commander())
                            && !puts(all.get(i), b) && !puts(all.get(j), a)) {
                        EditionPairs.join(found, a, b);
                    }
                }
            }
        }
        List<FindingsReport.Entry> out = new ArrayList<>();
        for (List<Command> cs : found) {
            List<FacetValues.Value> values = cs.stream().map(c -> new FacetValues.Value(c.member(), c.commander().name(),
                    c.commander().text(), 0.7, c.commander())).toList();
            out.add(quotes.entry(Finding.Kind.CONTRADICTION, "actor", "command of " + cs.get(0).body().phrase(), 0.5, values,
                    "the editions put a different person at the head of this body"));
        }
        return out;
    }

    /** Whether an edition puts the command's person at the head of its body, or names him in a sentence telling that body's command. */
    private static boolean puts(List<Command> edition, Command c) {
        return edition.stream().anyMatch(o -> o.body().same(c.body())
                && o.named().stream().anyMatch(p -> samePerson(p, c.commander()) && !elsewhere(o, p)));
    }

    /** "…, while", "…, während", "…, mentre": a clause that tells what someone else did meanwhile. */
    private static final Pattern MEANWHILE = Pattern.compile(",\\s*(?:and\\s+|et\\s+|e\\s+|y\\s+|und\\s+)?(?:[^,]*\\s)?(?:while|whilst|whereas|während|wahrend|mentre|tandis|pendant que|mientras|enquanto)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether the person is named in another clause of the command's sentence, one that tells what he did meanwhile
     * ("Nach dem Tod des Königs übernahm Bernhard den Oberbefehl, während Knyphausen mit dem zweiten Treffen die Mitte
     * hielt"): he is not named for the command.
     */
    private static boolean elsewhere(Command o, ActorMention p) {
        return Agents.between(o.member().event(), p.span(), o.commander().span()).filter(b -> MEANWHILE.matcher(b).find()).isPresent();
    }

    /** Two capitalized words with no particle, epithet or number: a given name and a surname ("Johan Banér"). */
    private static boolean plainFullName(String text) {
        String[] w = text.strip().split("\\s+");
        return w.length == 2 && !regnal(text) && java.util.Arrays.stream(w).allMatch(x -> Character.isUpperCase(x.charAt(0)));
    }

    /**
     * Whether two mentions may name one person across editions: they share a name key ("Blücher" / "Gebhard
     * Leberecht von Blücher"), unless both give a first name and the first names differ where the surname is all
     * they share ("Pietro Doria" / "Luciano Doria").
     */
    static boolean samePerson(ActorMention a, ActorMention b) {
        List<String> x = keys(a.text());
        List<String> y = keys(b.text());
        if (x.isEmpty() || y.isEmpty()) {
            x = keys(a.name());
            y = keys(b.name());
        }
        if (x.isEmpty() || y.isEmpty()) {
            return a.actorId().equals(b.actorId());
        }
        List<String> other = y;
        if (x.stream().noneMatch(k -> meets(k, other))) {
            // A sovereign is named by his first name, which each language writes its own way ("Johann III" /
            // "Giovanni III Sobieski", "Pierre le Grand" / "Pietro I"): a lone first name meets a name of the same initial.
            // A lone name that is no known given name is a surname ("Zaganos Pasha" is not "Süleyman Baltoğlu").
            boolean lone = x.size() == 1 && GivenNames.known(a.text()) || y.size() == 1 && GivenNames.known(b.text());
            // A given name and a surname and nothing else ("Gustaf Horn") is no sovereign ("Giovanni Giorgio I").
            boolean plain = !lone && (plainFullName(a.text()) || plainFullName(b.text()));
            return (lone || regnal(a.text()) || regnal(b.text())) && !plain && initial(x.get(0)) == initial(y.get(0));
        }
        // Two full names that share only a first name are two persons ("François-Joseph" / "Ferenc Gyulai").
        if (x.size() >= 2 && y.size() >= 2 && !regnal(a.text()) && !regnal(b.text())
                && !meets(x.get(x.size() - 1), y) && !meets(y.get(y.size() - 1), x)) {
            return false;
        }
        boolean firstShared = meets(x.get(0), y) || meets(y.get(0), x);
        return x.size() < 2 || y.size() < 2 || firstShared || initial(x.get(0)) == initial(y.get(0));
    }

    private static boolean meets(String key, List<String> keys) {
        return keys.stream().anyMatch(k -> k.startsWith(key) || key.startsWith(k));
    }

    private static boolean regnal(String name) {
        return name.matches(".*\\b[IVX]+\\b.*");
    }

    /** The first letter of a name key, with the letters these languages swap at the start of first names merged (Johann / Giovanni / Juan). */
    private static char initial(String key) {
        char c = key.charAt(0);
        return c == 'g' ? 'j' : c;
    }

    /**
     * Ottoman ranks written after the name, each language its own way ("Ali Pasha" / "Alí Bajá" / "Ali Pascià"):
     * no part of the name. They are not in {@code titles.txt}, whose titles stand before a name.
     */
    private static final Set<String> HONORIFICS = Set.of("pasha", "pacha", "pascia", "pascià", "baja", "bajá", "pachá",
            "pascha", "paxa", "paxá", "bey", "bei", "beg");

    /** The title words of every language: a name's key is none of them ("des Admirals Persano"). */
    private static final Set<String> TITLES = java.util.stream.Stream.concat(java.util.Arrays.stream(Language.values())
            .flatMap(l -> FacetValues.titleWords(l).stream()), HONORIFICS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static List<String> keys(String name) {
        List<String> out = keys(name, 2);
        // "Ali Pasha": a short name that is all vowels but one keeps its one letter, else it would have no key.
        return out.isEmpty() ? keys(name, 1) : out;
    }

    private static List<String> keys(String name, int shortest) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[^\\p{L}]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && !w.matches("[IVXL]+") && !TITLES.contains(lower)
                    && !(lower.endsWith("s") && TITLES.contains(lower.substring(0, lower.length() - 1)))) {
                String k = Folding.skeleton(GivenNames.key(w));
                if (k.length() >= shortest) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** The commands an edition's sentences state, each sentence read once. */
    static List<Command> read(Edition e) {
        List<Command> out = new ArrayList<>();
        for (Event s : e.sentences()) {
            List<ActorMention> named = s.actors().stream().filter(a -> a.kind() == ActorKind.PERSON && s.sentenceSpan().contains(a.span())).toList();
            out.addAll(commands(new Alignment.Member(e.docId(), s, Alignment.Role.FACT), named));
        }
        return out;
    }

    private record Token(String text, String plain, int start, int end) {
        boolean word() {
            return Character.isLetterOrDigit(text.charAt(0));
        }
    }

    /** The sentence's words and marks, at their offsets in the document. */
    private static List<Token> tokens(Event ev) {
        int base = ev.sentenceSpan().start();
        List<Token> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(ev.sentence());
        while (t.find()) {
            tokens.add(new Token(t.group(), Folding.plain(t.group()).replace('’', '\''), base + t.start(), base + t.end()));
        }
        return tokens;
    }

    /** The commands one sentence states. */
    static List<Command> commands(Alignment.Member m, List<ActorMention> recognized) {
        Event ev = m.event();
        Words words = WORDS.get(ev.language());
        List<Token> tokens = tokens(ev);
        List<ActorMention> named = withNames(ev, tokens, recognized, words);
        List<Command> out = new ArrayList<>();
        for (int at = 0; at < tokens.size(); at++) {
            int i = at;
            for (Cue cue : words.cues) {
                int end = cue.match(tokens, i);
                if (end < 0) {
                    continue;
                }
                Optional<Command> c = switch (cue.role) {
                    case "passive" -> after(tokens, end, named, words).flatMap(p -> passive(m, tokens, i, words, named)
                            .map(b -> new Command(m, p, b, named)));
                    case "head" -> lastBefore(tokens, i, named).flatMap(p -> body(m, tokens, forward(tokens, end, words), words, named)
                            .map(b -> new Command(m, p, b, named)));
                    case "active" -> active(m, tokens, i, end, named, words);
                    case "succession" -> lastBefore(tokens, i, named).map(p -> new Command(m, p, succession(tokens, end, words), named));
                    case "succession-after" -> after(tokens, end, named, words).map(p -> new Command(m, p, succession(tokens, end, words), named));
                    case "possessive" -> possessive(m, tokens, i, end, named, words);
                    default -> Optional.empty();
                };
                if (c.isPresent()) {
                    out.add(c.get());
                    at = end - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** How many words may stand between a count and a passive cue after it ("2.200 hombres a las órdenes de"). */
    private static final int COUNT_TO_CUE = 3;
    /** How many words before a count a cue of heading may start ("al frente de unos", "à la tête de"). */
    private static final int CUE_TO_COUNT = 8;

    /**
     * The person a count of men is under, when its sentence says so: a passive cue right after the counted noun
     * ("4.500 homens sob o comando do general X", "2,000 men under X") or a cue of heading right before the count
     * ("X reprit l'offensive à la tête de 3 500 hommes", "Montmorency se acercó con unos 22.000 soldados"). Two
     * editions' counts under different commanders are counts of different bodies.
     */
    static Optional<ActorMention> commanderOf(Event ev, org.parallax.model.Figure f) {
        Words words = WORDS.get(ev.language());
        List<Token> tokens = tokens(ev);
        List<ActorMention> recognized = ev.actors().stream()
                .filter(a -> a.kind() == ActorKind.PERSON && ev.sentenceSpan().contains(a.span())).toList();
        if (recognized.isEmpty()) {
            return Optional.empty();
        }
        List<ActorMention> named = withNames(ev, tokens, recognized, words);
        int first = -1;
        int next = tokens.size();
        for (int k = 0; k < tokens.size(); k++) {
            if (first < 0 && tokens.get(k).end() > f.span().start()) {
                first = k;
            }
            if (tokens.get(k).start() >= f.span().end()) {
                next = k;
                break;
            }
        }
        for (int i = next; i < tokens.size() && i <= next + COUNT_TO_CUE; i++) {
            for (Cue cue : words.cues) {
                int end = cue.role.equals("passive") ? cue.match(tokens, i) : -1;
                if (end >= 0) {
                    Optional<ActorMention> p = after(tokens, end, named, words);
                    if (p.isPresent()) {
                        return p;
                    }
                }
            }
            if (!tokens.get(i).word()) {
                break;
            }
        }
        for (int i = Math.max(0, first - CUE_TO_COUNT); i < first; i++) {
            for (Cue cue : words.cues) {
                int end = cue.role.equals("head") || cue.role.equals("strength") ? cue.match(tokens, i) : -1;
                // "à la tête de 3 500 hommes", "al frente de unos 3.500 hombres": one small word may stand between.
                if (end >= 0 && end <= first && first - end <= 1) {
                    Optional<ActorMention> p = lastBefore(tokens, i, named);
                    if (p.isPresent()) {
                        return p;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Particles that stand inside a name ("Alonso de Aguilar", "Bernhard von Sachsen-Weimar"). */
    private static final Set<String> PARTICLES = Set.of("de", "di", "da", "von", "van", "zu", "del", "dos", "do", "du", "of", "d'");

    /**
     * The persons the recognizer found, and the names it did not: a run of capitalized words ("Blücher",
     * "Alonso de Aguilar") that is no place, party, title, month or word of a body, and in German, where every noun
     * is capitalized, no noun after an article. A bare surname is how editions most often name a commander.
     */
    private static List<ActorMention> withNames(Event ev, List<Token> tokens, List<ActorMention> named, Words words) {
        List<ActorMention> out = new ArrayList<>(named);
        for (int k = 0; k < tokens.size(); k++) {
            int from = k;
            int to = k;
            while (to < tokens.size() && name(tokens, to, ev, words, to > from)) {
                int next = to + 1;
                if (next + 1 < tokens.size() && PARTICLES.contains(tokens.get(next).plain()) && name(tokens, next + 1, ev, words, true)) {
                    next++;
                }
                to = next;
            }
            if (to == from) {
                continue;
            }
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            boolean known = out.stream().anyMatch(a -> a.span().start() < end && start < a.span().end());
            boolean initial = from == 0 && to - from == 1;
            if (!known && !initial) {
                String text = ev.sentence().substring(start - ev.sentenceSpan().start(), end - ev.sentenceSpan().start());
                out.add(new ActorMention(new org.parallax.model.Span(start, end), text, "name:" + Folding.skeleton(text), text,
                        ActorKind.PERSON, Optional.empty()));
            }
            k = to - 1;
        }
        return out;
    }

    /** Whether a token may be a word of a name; {@code inside} a name, a place's word is one ("Alonso de Aguilar"). */
    private static boolean name(List<Token> tokens, int k, Event ev, Words words, boolean inside) {
        Token tok = tokens.get(k);
        // "Vice Admiral", "Field Marshal", "Crown Prince": a capitalized word before a title is part of the title.
        if (k + 1 < tokens.size() && words.titles.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!tok.word() || tok.text().length() < 3 || !Character.isUpperCase(tok.text().charAt(0)) || tok.text().matches("[IVXL]+")
                || !words.concepts(tok.plain()).isEmpty() || words.function.contains(tok.plain())
                || words.titles.contains(tok.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!inside && ev.places().stream().anyMatch(p -> p.span().start() <= tok.start() && tok.start() < p.span().end())
                || ev.actors().stream().anyMatch(a -> a.kind() != ActorKind.PERSON && a.span().start() <= tok.start() && tok.start() < a.span().end())) {
            return false;
        }
        return words.language != Language.DE || k == 0 || !words.function.contains(tokens.get(k - 1).plain());
    }

    private static Optional<Command> active(Alignment.Member m, List<Token> tokens, int i, int end, List<ActorMention> named, Words words) {
        // "…, que mandaba el duque de X" / "que Napoléon commandait": the body stands before the relative.
        for (int r = i - 1; r >= Math.max(0, i - 4); r--) {
            if (RELATIVES.contains(tokens.get(r).plain()) && Character.isLowerCase(tokens.get(r).text().charAt(0))) {
                int rel = r;
                Optional<ActorMention> holder = named.stream().filter(a -> a.span().start() >= tokens.get(rel).end()
                        && a.span().end() <= tokens.get(i).start()).findFirst();
                if (holder.isEmpty()) {
                    holder = after(tokens, end, named, words);
                }
                return holder.flatMap(p -> body(m, tokens, before(tokens, rel, words), words, named).map(b -> new Command(m, p, b, named)));
            }
            if (!tokens.get(r).word()) {
                break;
            }
        }
        Optional<ActorMention> subject = lastBefore(tokens, i, named);
        int from = end;
        if (subject.isEmpty()) {
            // Verb before its subject ("befehligte Vizeadmiral Dewa die Panzerkreuzer"): the body follows the name.
            subject = after(tokens, end, named, words);
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            int nameEnd = subject.get().span().end();
            while (from < tokens.size() && tokens.get(from).start() < nameEnd) {
                from++;
            }
        }
        ActorMention p = subject.get();
        return body(m, tokens, forward(tokens, from, words), words, named).map(b -> new Command(m, p, b, named));
    }

    /** "la flotte génoise de Pietro Doria", "le 22 galee genovesi di Luciano Doria", "Pisani's fleet". */
    private static Optional<Command> possessive(Alignment.Member m, List<Token> tokens, int i, int end, List<ActorMention> named,
                                                Words words) {
        // A name the recognizer did not find is an owner only after a title ("l'escadre du Pacifique" is no one's).
        Optional<ActorMention> owner = after(tokens, end, named, words)
                .filter(p -> !p.actorId().startsWith("name:") || titled(tokens, p, words));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        int kind = -1;
        int count = -1;
        // "la cavalerie de Murat", "l'aile gauche suédoise de Gustaf Horn": a body's kind, or a wing's side.
        // "35.000 españoles del general Cuesta": a count of a nation's men is its army.
        for (int k = i - 1; k >= Math.max(0, i - 4) && tokens.get(k).word(); k--) {
            Set<String> cs = words.concepts(tokens.get(k).plain());
            if (cs.stream().anyMatch(c -> KINDS.contains(c) || SIDES.contains(c))) {
                kind = k;
                break;
            }
            if (!cs.isEmpty() && k > 0 && Character.isDigit(tokens.get(k - 1).text().charAt(0))) {
                kind = k;
                count = k - 1;
                break;
            }
        }
        if (kind < 0) {
            return Optional.empty();
        }
        int from = count >= 0 ? count : kind;
        while (from > 0 && kind - from < 2 && tokens.get(from - 1).word() && !words.concepts(tokens.get(from - 1).plain()).isEmpty()) {
            from--;
        }
        ActorMention p = owner.get();
        return body(m, tokens, List.copyOf(tokens.subList(from, i)), words, named).map(b -> new Command(m, p, b, named));
    }

    /** Whether a title stands right before the mention ("de l'amiral Rojestvenski"). */
    private static boolean titled(List<Token> tokens, ActorMention p, Words words) {
        Token last = null;
        for (Token tok : tokens) {
            if (tok.end() <= p.span().start()) {
                last = tok;
            }
        }
        return last != null && words.titles.contains(last.text().toLowerCase(Locale.ROOT));
    }

    /** The person named right after a cue, with only small words, titles and nations between ("by the Genoese admiral X"). */
    private static Optional<ActorMention> after(List<Token> tokens, int from, List<ActorMention> named, Words words) {
        for (int k = from, n = 0; k < tokens.size() && n <= BETWEEN; k++, n++) {
            Token tok = tokens.get(k);
            for (ActorMention a : named) {
                if (a.span().start() <= tok.start() && tok.start() < a.span().end()) {
                    return Optional.of(a);
                }
            }
            // "Field Marshal", "Vice Admiral": a capitalized word before a title is part of it.
            boolean beforeTitle = k + 1 < tokens.size() && words.titles.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
            if (!tok.word() || !words.small(tok) && !beforeTitle) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the sentence names the person right after a passive cue of command ("the right wing under Las Heras",
     * "encabezados por el coronel José Ordóñez"): the commander of a body, compared as such (see {@link #of}).
     */
    static boolean commanderNamed(Event ev, ActorMention person) {
        Words words = WORDS.get(ev.language());
        List<Token> tokens = tokens(ev);
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < person.span().start(); i++) {
            for (Cue cue : words.cues) {
                int end = cue.role.equals("passive") ? cue.match(tokens, i) : -1;
                if (end >= 0 && after(tokens, end, List.of(person), words).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The person named last before a cue in its clause, with at most three small words (or a comma and "who") between. */
    private static Optional<ActorMention> lastBefore(List<Token> tokens, int cue, List<ActorMention> named) {
        int cueStart = tokens.get(cue).start();
        ActorMention best = null;
        for (ActorMention a : named) {
            if (a.span().end() <= cueStart && (best == null || a.span().end() > best.span().end())) {
                best = a;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int between = 0;
        for (Token tok : tokens) {
            if (tok.start() >= best.span().end() && tok.end() <= cueStart) {
                if (!tok.word() && !tok.text().equals(",") || tok.word() && Character.isUpperCase(tok.text().charAt(0))) {
                    return Optional.empty();
                }
                between++;
            }
        }
        return between <= 3 ? Optional.of(best) : Optional.empty();
    }

    /**
     * The body a passive cue tells of: the words before it, or the sentence's subject when those name no body at
     * all. Words that name a nation's body of a kind not listed ("einem österreichischen Korps") are that body, not
     * the subject's ("Ein preußisches Heer …, von einem österreichischen Korps unter Fürst Hohenlohe verstärkt").
     */
    private static Optional<Body> passive(Alignment.Member m, List<Token> tokens, int cue, Words words, List<ActorMention> named) {
        List<Token> before = before(tokens, cue, words);
        Optional<Body> own = body(m, tokens, before, words, named);
        if (own.isPresent() || before.stream().anyMatch(tok -> !words.concepts(tok.plain()).isEmpty())) {
            return own;
        }
        // "le truppe realiste, circa 2.400 uomini guidati dal governatore": a count set off after a body is that body.
        int opening = before.isEmpty() ? -1 : tokens.indexOf(before.get(0)) - 1;
        if (opening > 0 && tokens.get(opening).text().equals(",") && before.stream().anyMatch(tok -> Character.isDigit(tok.text().charAt(0)))) {
            Optional<Body> head = body(m, tokens, before(tokens, opening, words), words, named);
            if (head.isPresent()) {
                return head;
            }
        }
        return body(m, tokens, subject(tokens, cue, words), words, named);
    }

    /** The words before a passive cue, back to the clause's start: "l'armée de Silésie" in "Au nord, l'armée de Silésie, commandée par". */
    private static List<Token> before(List<Token> tokens, int cue, Words words) {
        int k = cue - 1;
        if (k >= 0 && tokens.get(k).text().equals(",")) {
            k--;
        }
        List<Token> out = new ArrayList<>();
        // "between 125,000 and 135,000 men": a conjunction between numbers does not end the phrase.
        for (; k >= 0 && tokens.get(k).word() && out.size() < PHRASE + 2
                && (!words.stop(tokens.get(k)) || !out.isEmpty() && Character.isDigit(out.get(0).text().charAt(0))); k--) {
            out.add(0, tokens.get(k));
        }
        return out;
    }

    /**
     * The words that open the sentence, to its first mark, when they come before the cue: the subject a passive
     * cue far from it still tells of ("La flota inglesa, de unos 200 barcos, salió de Plymouth al mando del lord almirante").
     * None after a semicolon: the clause it opens has its own subject ("…; questi ultimi, comandati dal principe di Nassau").
     */
    private static List<Token> subject(List<Token> tokens, int cue, Words words) {
        List<Token> out = new ArrayList<>();
        if (tokens.subList(0, cue).stream().anyMatch(tok -> tok.text().equals(";"))) {
            return out;
        }
        for (int k = 0; k < cue && tokens.get(k).word() && out.size() < PHRASE && !words.stop(tokens.get(k)); k++) {
            out.add(tokens.get(k));
        }
        return out;
    }

    /** The words after a cue, to the clause's end: "the Army of Silesia" in "at the head of the Army of Silesia, Bernadotte". */
    private static List<Token> forward(List<Token> tokens, int from, Words words) {
        List<Token> out = new ArrayList<>();
        for (int k = from; k < tokens.size() && tokens.get(k).word() && out.size() < PHRASE && !words.stop(tokens.get(k)); k++) {
            out.add(tokens.get(k));
        }
        return out;
    }

    private static Body succession(List<Token> tokens, int from, Words words) {
        Set<String> nations = new TreeSet<>();
        for (Token tok : forward(tokens, from, words)) {
            words.concepts(tok.plain()).stream().filter(c -> !KINDS.contains(c) && !SIDES.contains(c)).forEach(nations::add);
        }
        return new Body(Set.of("SUCCESSION"), Set.of(), nations, Set.of(), "the command");
    }

    /** The body a phrase names, when it names a kind of body (or a side of the line). */
    private static Optional<Body> body(Alignment.Member m, List<Token> tokens, List<Token> phrase, Words words, List<ActorMention> named) {
        Set<String> kinds = new TreeSet<>();
        Set<String> sides = new TreeSet<>();
        Set<String> nations = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        for (Token tok : phrase) {
            Set<String> cs = words.concepts(tok.plain());
            if (cs.isEmpty() && tok.word() && !tok.text().isEmpty()
                    && (Character.isLowerCase(tok.text().charAt(0)) || m.event().language() == Language.EN)) {
                // A nation the lists do not name, by its country's name ("la flota paraguaya", "a esquadra brasileira").
                cs = org.parallax.resolve.gazetteer.Gazetteer.bundled().countryOfAdjective(tok.plain()).map(Set::of).orElse(Set.of());
            }
            for (String c : cs) {
                // The first kind named is the body's ("the cruisers of the Second Fleet" are cruisers), unless a
                // kind one article has one of follows an army or a fleet ("une armée de secours" is the relief).
                if (KINDS.contains(c) && (kinds.isEmpty() || SPECIFIC.contains(c) && kinds.stream().noneMatch(SPECIFIC::contains))) {
                    kinds.clear();
                    kinds.add(c);
                } else if (SIDES.contains(c)) {
                    sides.add(c);
                } else if (!KINDS.contains(c)) {
                    nations.add(c);
                }
            }
            boolean person = named.stream().anyMatch(a -> !a.actorId().startsWith("name:") && a.span().start() <= tok.start() && tok.start() < a.span().end());
            if (cs.isEmpty() && !person && tok.text().length() >= 4 && Character.isUpperCase(tok.text().charAt(0))
                    && tok.start() > m.event().sentenceSpan().start() && words.properName(tokens, tok)) {
                names.add(Folding.skeleton(tok.text()));
            }
        }
        // "130.000 Österreicher unter …": a nation's count of men is its army.
        if (kinds.isEmpty() && !nations.isEmpty() && phrase.stream().anyMatch(tok -> Character.isDigit(tok.text().charAt(0)))) {
            kinds.add("ARMY");
        }
        if (kinds.isEmpty() && sides.isEmpty()) {
            return Optional.empty();
        }
        String text = phrase.isEmpty() ? "" : m.event().sentence().substring(phrase.get(0).start() - m.event().sentenceSpan().start(),
                phrase.get(phrase.size() - 1).end() - m.event().sentenceSpan().start());
        return Optional.of(new Body(kinds, sides, nations, names, text));
    }

    /** The words that introduce the agent of a passive. */
    private static final Set<String> AGENT = Set.of("by", "par", "da", "dal", "dalla", "por", "von");

    /** Relatives that put the body before the verb: "los jinetes del ala izquierda, que mandaba el duque". */
    private static final Set<String> RELATIVES = Set.of("que", "qui", "che", "which", "that", "den", "die", "das", "welche", "welchen");

    /** How many lower-case words may stand inside the words of a cue of succession. */
    private static final int SUCCESSION_GAP = 6;

    /** A cue: its role and its words. */
    private record Cue(String role, List<String> words) {
        /** The index after the cue when it starts at token {@code i}, else -1. */
        int match(List<Token> tokens, int i) {
            int k = i;
            for (int n = 0; n < words.size(); n++) {
                String w = words.get(n);
                // "led in the field by", "commandée en personne par": a few small words may stand before the agent word.
                if (role.equals("passive") && n == words.size() - 1 && n > 0 && AGENT.contains(w.split("\\|")[0])) {
                    for (int gap = 0; gap < 3 && k < tokens.size() && !fits(w, tokens.get(k).plain())
                            && tokens.get(k).word() && Character.isLowerCase(tokens.get(k).text().charAt(0)); gap++) {
                        k++;
                    }
                }
                // "Il comando dell'armata passò a", "übertrug den Oberbefehl vorübergehend an": the command's words may
                // hold a few lower-case words between them.
                if (role.startsWith("succession") && n > 0) {
                    for (int gap = 0; gap < SUCCESSION_GAP && k < tokens.size() && !fits(w, tokens.get(k).plain())
                            && tokens.get(k).word() && Character.isLowerCase(tokens.get(k).text().charAt(0)); gap++) {
                        k++;
                    }
                }
                if (k >= tokens.size()) {
                    return -1;
                }
                String p = tokens.get(k).plain();
                // "d'" is written onto its word: "d'Orange".
                if (w.endsWith("'") && p.startsWith(w) && p.length() > w.length()) {
                    return -1;
                }
                if (!fits(w, p)) {
                    return -1;
                }
                k++;
            }
            return k;
        }
    }

    /**
     * Whether a token fits a cue word: the word itself, one of its alternatives ("por|pelo|pela"), or, for a
     * stem written with a star ("comandad*"), any ending: one line then holds every gender and number of a participle.
     */
    private static boolean fits(String cueWord, String token) {
        for (String alt : cueWord.split("\\|")) {
            if (alt.endsWith("*") ? token.startsWith(alt.substring(0, alt.length() - 1)) : token.equals(alt)) {
                return true;
            }
        }
        return false;
    }

    /** One language's cues and the concepts of its words, from {@code command-words.txt}. */
    private record Words(List<Cue> cues, Map<String, String> prefixes, Map<String, String> suffixes, Set<String> titles,
                         Set<String> function, Language language) {
        static Words read(Language l) {
            List<Cue> cues = new ArrayList<>();
            Map<String, String> prefixes = new LinkedHashMap<>();
            Map<String, String> suffixes = new LinkedHashMap<>();
            for (String line : LanguageFiles.lines(l, "command-words.txt")) {
                String[] parts = line.split("\t");
                if (parts[0].equals("cue") && parts.length == 3) {
                    cues.add(new Cue(parts[1], List.of(Folding.plain(parts[2].strip()).split("\\s+"))));
                } else if (parts[0].equals("unit") && parts.length == 3) {
                    String stem = Folding.plain(parts[1].strip());
                    if (stem.startsWith("*")) {
                        suffixes.put(stem.substring(1), parts[2].strip());
                    } else {
                        prefixes.put(stem, parts[2].strip());
                    }
                }
            }
            // The longest cue first: "unter dem Befehl von" before "unter".
            cues.sort(java.util.Comparator.comparingInt((Cue c) -> -c.words().size()));
            Set<String> function = new java.util.HashSet<>();
            LanguageFiles.words(l, "function-words.txt").forEach(w -> function.add(Folding.plain(w)));
            LanguageFiles.lines(l, "months.txt").forEach(line -> function.add(Folding.plain(line.strip().split("\\s+")[0])));
            return new Words(cues, prefixes, suffixes, FacetValues.titleWords(l), Set.copyOf(function), l);
        }

        Set<String> concepts(String plain) {
            Set<String> out = new LinkedHashSet<>();
            String w = plain.startsWith("l'") || plain.startsWith("d'") ? plain.substring(2) : plain;
            prefixes.forEach((stem, c) -> {
                if (w.startsWith(stem)) {
                    out.add(c);
                }
            });
            suffixes.forEach((stem, c) -> {
                if (w.endsWith(stem) && w.length() > stem.length()) {
                    out.add(c);
                }
            });
            return out;
        }

        /** A word that may stand between a cue and a name: lower case, a title, or a nation ("the Genoese admiral"). */
        boolean small(Token tok) {
            String lower = tok.text().toLowerCase(Locale.ROOT);
            return Character.isLowerCase(tok.text().charAt(0)) || titles.contains(lower)
                    || concepts(tok.plain()).stream().anyMatch(c -> !KINDS.contains(c) && !SIDES.contains(c));
        }

        /** A word that ends a body's phrase: a relative or a conjunction ("the cavalry, which", "y", "und"). */
        boolean stop(Token tok) {
            return STOPS.contains(tok.plain());
        }

        /**
         * Whether a capitalized word of a body's phrase is a name ("Silesia", "Goliath"): German writes every noun
         * with a capital, so there only a word no article stands before ("der Armee von Schlesien") is one.
         */
        boolean properName(List<Token> tokens, Token tok) {
            if (titles.contains(tok.text().toLowerCase(Locale.ROOT)) || function.contains(tok.plain())) {
                return false;
            }
            if (language != Language.DE) {
                return true;
            }
            int k = tokens.indexOf(tok);
            return k > 0 && Set.of("von", "vor", "bei", "aus", "nach").contains(tokens.get(k - 1).plain());
        }
    }

    private static final Set<String> STOPS = Set.of("which", "who", "that", "and", "while", "when", "whose", "but",
            "qui", "que", "dont", "et", "tandis", "lorsque", "mais", "che", "cui", "mentre", "quando", "ma",
            "quien", "cuyo", "mientras", "pero", "y", "e", "quem", "cujo", "enquanto", "mas",
            "welche", "welcher", "und", "während", "als", "aber");
}
