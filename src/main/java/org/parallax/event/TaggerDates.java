package org.parallax.event;

import java.util.List;
import org.parallax.extract.time.TaggedTime;
import org.parallax.extract.time.TimeTagger;
import org.parallax.model.Document;

/** Dates from the temporal stage: the calendar dates its tagger finds, with narrative year inference. */
final class TaggerDates implements DateSource {
    private final TimeTagger tagger;

    TaggerDates(TimeTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<DatedExpression> dates(Document document) {
        return tagger.tag(document).stream().filter(TaggedTime::isCalendarDate).map(TaggerDates::dated).toList();
    }

    private static DatedExpression dated(TaggedTime t) {
        return new DatedExpression(t.timex().span(), t.timex().text(), t.timex().value(), t.precision(),
                t.inferredYear(), t.timex().mod(), t.relative());
    }
}
