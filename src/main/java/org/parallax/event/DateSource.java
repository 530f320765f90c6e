package org.parallax.event;

import java.util.List;
import org.parallax.model.Document;

/** Where the engine gets the dates of a document from: the one seam to the temporal stage. */
interface DateSource {
    /** The dates of the document's running text, in text order. */
    List<DatedExpression> dates(Document document);
}
