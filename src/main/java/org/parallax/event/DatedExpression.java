package org.parallax.event;

import java.util.Optional;
import org.parallax.model.Precision;
import org.parallax.model.Span;

/**
 * A date stated in a text, as the event engine needs it: span and words, TIMEX3 value, precision,
 * whether the year came from the narrative, the TIMEX3 modifier, and whether the expression is relative
 * to another date ("the next day", "a year later").
 */
record DatedExpression(Span span, String text, String value, Precision precision, boolean inferredYear,
                       Optional<String> mod, boolean relative) {
}
