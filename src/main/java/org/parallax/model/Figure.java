package org.parallax.model;

import java.util.Optional;

/**
 * A quantity stated in a text: its span and words, value (the lower bound of a range), upper bound of a
 * range, whether it is approximate ("about 5,000"), and the normalized unit or counted thing
 * ({@code troops}, {@code men}, {@code killed}, {@code wounded}, {@code casualties}, {@code prisoners},
 * {@code cannons}, {@code vessels}, {@code pesos}, {@code dollars}, {@code francs}, {@code other}).
 */
public record Figure(Span span, String text, double value, Optional<Double> upper, boolean approximate, String unit) {
    public Figure {
        if (span == null || text == null || upper == null || unit == null) {
            throw new IllegalArgumentException("figure fields must not be null");
        }
    }
}
