package org.parallax.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.model.Document;
import org.parallax.model.Sentence;
import org.parallax.segment.Segmenter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parallax segment}: the sentences of each document as JSON lines. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Print the sentences of each file as JSON lines: doc, lang, section, paragraph, sentence, span, text.")
final class SegmentCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Segmenter segmenter = new Segmenter();
        return Batch.run(input.files, input.reader(cli), cli.getOut(), cli.getErr(), doc -> lines(doc, segmenter));
    }

    private static String lines(Document doc, Segmenter segmenter) {
        StringBuilder out = new StringBuilder();
        for (Sentence s : segmenter.sentences(doc)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("doc", doc.id());
            row.put("lang", doc.language().code());
            row.put("section", doc.sectionAt(s.span().start()).map(sec -> sec.heading()).orElse(""));
            row.put("paragraph", s.paragraph());
            row.put("sentence", s.index());
            row.put("span", List.of(s.span().start(), s.span().end()));
            row.put("text", s.text());
            out.append(Json.line(row));
        }
        return out.toString();
    }
}
