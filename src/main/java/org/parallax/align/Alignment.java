package org.parallax.align;

import java.util.List;
import org.parallax.model.Event;

/**
 * A group of statements that tell the same occurrence or fact, usually in several editions: its members,
 * the scored links that put them together, and the group's confidence. One edition may contribute several
 * members when it tells in detail what another summarizes in one sentence.
 */
public record Alignment(List<Member> members, List<Link> links, double confidence) {
    /** Where a statement comes from. */
    /** Where a statement comes from: a dated event, an infobox line, a period given to a named thing, or an
     * undated sentence that states a figure or names a person (a fact of the article rather than an occurrence). */
    public enum Role { EVENT, INFOBOX, PERIOD, FACT }

    /** One statement of one edition. */
    public record Member(String docId, Event event, Role role) {
        public Member {
            if (docId == null || event == null || role == null) {
                throw new IllegalArgumentException("member fields must not be null");
            }
        }
    }

    /**
     * Two members judged to tell the same thing (indices into {@link #members()}), the score in [0, 1] and
     * the anchors that matched ({@code date}, {@code place}, {@code actors}, {@code type}, {@code words},
     * {@code figures}, {@code infobox-key}, {@code same-as}, {@code continues}).
     */
    public record Link(int from, int to, double score, List<String> anchors) {
        public Link {
            anchors = List.copyOf(anchors);
        }
    }

    public Alignment {
        members = List.copyOf(members);
        links = List.copyOf(links);
    }

    /** Whether the group spans more than one edition. */
    public boolean crossEdition() {
        return members.stream().map(Member::docId).distinct().count() > 1;
    }
}
