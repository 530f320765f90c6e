package org.parallax.align;

/**
 * The settings of alignment, validated once.
 *
 * @param threshold       minimum score in [0, 1] for two statements to be aligned (default 0.5)
 * @param nearWindowDays  two dates further apart than this cannot tell the same occurrence; closer
 *                        disjoint dates still can, which is how a date contradiction is found (default 90)
 * @param placeDistanceKm two resolved places closer than this count as the same place (default 25)
 * @param approxSlackDays an approximate date ("about", "around") is widened by this much each side (default 31)
 * @param maxBucket       the largest block of undated statements compared pairwise (default 16)
 */
public record AlignmentSettings(double threshold, long nearWindowDays, double placeDistanceKm, long approxSlackDays,
                                int maxBucket) {
    public static final AlignmentSettings DEFAULTS = new AlignmentSettings(0.5, 90, 25, 31, 8);

    public AlignmentSettings {
        if (threshold <= 0 || threshold > 1 || nearWindowDays < 0 || placeDistanceKm < 0 || approxSlackDays < 0
                || maxBucket < 2) {
            throw new IllegalArgumentException("bad alignment settings: threshold=" + threshold + " nearWindowDays="
                    + nearWindowDays + " placeDistanceKm=" + placeDistanceKm + " approxSlackDays=" + approxSlackDays
                    + " maxBucket=" + maxBucket);
        }
    }
}
