package org.parallax.compare;

import org.parallax.align.Alignment;

/**
 * The confidence of a finding: how sure the alignment is that the statements tell the same thing, times how
 * sure the reading of the compared values is. An alignment score of 0.5 (the default threshold) maps to
 * about 0.65, a perfect one to 1.
 */
final class Confidence {
    private Confidence() {
    }

    static double of(Alignment group, double certainty) {
        double aligned = Math.min(1, 0.35 + 0.65 * group.confidence());
        return Math.max(0, Math.min(1, aligned * certainty));
    }
}
