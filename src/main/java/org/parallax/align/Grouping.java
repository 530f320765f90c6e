package org.parallax.align;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds groups from scored cross-edition links, strongest first: a link is accepted when neither statement
 * is already matched in the other's edition and joining the two groups would not put two statements of one
 * edition together (which stops chains from gluing distinct episodes). Then statements that continue a
 * matched sentence of their edition join its group.
 */
final class Grouping {
    private final List<Statement> all;
    private final int[] parent;
    private final BitSet[] editionsOf;
    private final BitSet[] matchedIn;
    private final List<EditionAligner.Scored> accepted = new ArrayList<>();
    private final List<List<Statement>> membersOf = new ArrayList<>();
    private final long windowDays;

    Grouping(List<Statement> all, int editions, long windowDays) {
        this.all = all;
        this.windowDays = windowDays;
        this.parent = new int[all.size()];
        this.editionsOf = new BitSet[all.size()];
        this.matchedIn = new BitSet[all.size()];
        for (int i = 0; i < all.size(); i++) {
            parent[i] = i;
            editionsOf[i] = new BitSet(editions);
            editionsOf[i].set(all.get(i).edition);
            matchedIn[i] = new BitSet(editions);
            membersOf.add(new ArrayList<>(List.of(all.get(i))));
        }
    }

    void accept(EditionAligner.Scored s) {
        int a = s.a().index;
        int b = s.b().index;
        if (matchedIn[a].get(s.b().edition) || matchedIn[b].get(s.a().edition)) {
            return;
        }
        int ra = find(a);
        int rb = find(b);
        if (ra == rb || editionsOf[ra].intersects(editionsOf[rb]) || !coherent(membersOf.get(ra), membersOf.get(rb))) {
            return;
        }
        union(ra, rb);
        matchedIn[a].set(s.b().edition);
        matchedIn[b].set(s.a().edition);
        accepted.add(s);
    }

    /**
     * A statement left alone joins the group of a matched statement of its own edition when it follows it
     * closely (same section, within two sentences), shares a type family with the other edition's member and
     * scores at least {@code minScore} against it: one edition tells in detail what another summarizes.
     */
    void attachContinuations(Map<Long, EditionAligner.Scored> scored, double minScore) {
        Map<Long, List<Statement>> bySentence = new HashMap<>();
        for (Statement s : all) {
            bySentence.computeIfAbsent(sentenceKey(s.edition, s.event().sentenceIndex()), k -> new ArrayList<>()).add(s);
        }
        for (EditionAligner.Scored link : List.copyOf(accepted)) {
            for (Statement matched : List.of(link.a(), link.b())) {
                Statement other = matched == link.a() ? link.b() : link.a();
                List<Statement> near = new ArrayList<>();
                for (int d = -2; d <= 2; d++) {
                    near.addAll(bySentence.getOrDefault(sentenceKey(matched.edition, matched.event().sentenceIndex() + d), List.of()));
                }
                for (Statement s : near) {
                    if (s.edition == matched.edition && s.member.role() == Alignment.Role.EVENT && find(s.index) == s.index
                            && editionsOf[s.index].cardinality() == 1 && continues(s, matched)) {
                        EditionAligner.Scored sc = scored.get(EditionAligner.key(s.index, other.index));
                        if (sc != null && sc.score() >= minScore) {
                            parent[s.index] = find(matched.index);
                            List<String> anchors = new ArrayList<>(sc.anchors());
                            anchors.add("continues");
                            accepted.add(new EditionAligner.Scored(other, s, sc.score(), anchors));
                        }
                    }
                }
            }
        }
    }

    private static long sentenceKey(int edition, int sentence) {
        return (((long) edition << 32) | (sentence & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }

    private static boolean continues(Statement s, Statement matched) {
        int d = s.event().sentenceIndex() - matched.event().sentenceIndex();
        // Only finely dated sentences continue one another: a year or a period says too little to join a telling.
        boolean fine = s.interval.filter(i -> i.days() <= 31).isPresent() && matched.interval.filter(i -> i.days() <= 31).isPresent();
        // A sentence of another kind that names a spot of its own ("then they entered Mexico City") tells the
        // next episode, not more of this one.
        boolean ownSpot = s.places.stream().anyMatch(p -> PairScorer.spot(p) && !matched.placeIds.contains(p.geonameId()));
        boolean sameKind = s.event().type() == matched.event().type() || !ownSpot;
        return fine && sameKind && s != matched && Math.abs(d) <= 2 && s.event().section().equals(matched.event().section())
                && s.families.stream().anyMatch(matched.families::contains);
    }

    List<Alignment> alignments() {
        Map<Integer, List<Statement>> groups = new LinkedHashMap<>();
        for (Statement s : all) {
            groups.computeIfAbsent(find(s.index), k -> new ArrayList<>()).add(s);
        }
        Map<Integer, List<EditionAligner.Scored>> linksOf = new HashMap<>();
        for (EditionAligner.Scored s : accepted) {
            linksOf.computeIfAbsent(find(s.a().index), k -> new ArrayList<>()).add(s);
        }
        List<Alignment> out = new ArrayList<>();
        for (var entry : groups.entrySet()) {
            List<Statement> members = entry.getValue();
            Map<Integer, Integer> position = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                position.put(members.get(i).index, i);
            }
            List<Alignment.Link> links = new ArrayList<>();
            double sum = 0;
            for (EditionAligner.Scored s : linksOf.getOrDefault(entry.getKey(), List.of())) {
                links.add(new Alignment.Link(position.get(s.a().index), position.get(s.b().index), s.score(), s.anchors()));
                sum += s.score();
            }
            double confidence = links.isEmpty() ? 0 : sum / links.size();
            out.add(new Alignment(members.stream().map(s -> s.member).toList(), links, confidence));
        }
        return out;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Whether two groups may become one: every dated statement of one must lie within the alignment window of
     * every dated statement of the other. Without this a coarse statement ("the war, 1861–1867") links to two
     * occurrences years apart and glues them into one group.
     */
    private boolean coherent(List<Statement> a, List<Statement> b) {
        for (Statement x : a) {
            for (Statement y : b) {
                if (x.interval.isPresent() && y.interval.isPresent()
                        && x.interval.get().gapDays(y.interval.get()) > windowDays) {
                    return false;
                }
            }
        }
        return true;
    }

    private void union(int ra, int rb) {
        membersOf.get(ra).addAll(membersOf.get(rb));
        membersOf.get(rb).clear();
        parent[rb] = ra;
        editionsOf[ra].or(editionsOf[rb]);
    }
}
