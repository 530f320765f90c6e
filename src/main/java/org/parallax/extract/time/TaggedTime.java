package org.parallax.extract.time;

import org.parallax.model.EventDate;
import org.parallax.model.Precision;
import org.parallax.model.Timex;

/**
 * A temporal expression found in a document, with what a timeline needs beyond its TIMEX3 form.
 *
 * @param timex        span, text, type, normalized value and modifier
 * @param precision    how fine the value is ({@code RANGE} for intervals such as {@code 1861/1867}); for
 *                     durations and sets the granularity of their unit
 * @param inferredYear the year is not written in the expression but taken from the narrative or the
 *                     document date ("On 9 April" in a paragraph about 1862)
 * @param relative     the value was computed from another date ("the next day", "a few days later",
 *                     "hier", "juin prochain")
 */
public record TaggedTime(Timex timex, Precision precision, boolean inferredYear, boolean relative) {
    public TaggedTime {
        if (timex == null || precision == null) {
            throw new IllegalArgumentException("tagged time fields must not be null");
        }
    }

    /** Whether the value names a point or stretch of the calendar (DATE or TIME with a year), usable on a timeline. */
    public boolean isCalendarDate() {
        String v = timex.value();
        return (timex.type() == org.parallax.model.TimexType.DATE || timex.type() == org.parallax.model.TimexType.TIME)
                && !v.isEmpty() && (Character.isDigit(v.charAt(0)) || v.startsWith("BC"));
    }

    /** The event date this expression gives, anchored to its event as the caller decides. */
    public EventDate toEventDate(EventDate.Anchor anchor) {
        EventDate.Anchor a = relative && anchor == EventDate.Anchor.DIRECT ? EventDate.Anchor.RELATIVE : anchor;
        return new EventDate(timex.value(), precision, timex.text(), timex.span(), a, inferredYear, timex.mod());
    }
}
