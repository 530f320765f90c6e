package org.parallax.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.extract.time.TimeTagger;
import org.parallax.model.Document;
import org.parallax.model.Timex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax timex}: the TIMEX3 expressions of each document as JSON lines. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Print the temporal expressions of each file as JSON lines: doc, start, end, text, type, value, mod.")
final class TimexCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD", description = "Document creation date (overrides a TimeML DCT).")
    String dct;

    @Option(names = "--mode", paramLabel = "narrative|news",
            description = "Anchor year-less dates on the story told (narrative) or on the document date (news); default: news for documents with a date, narrative otherwise.")
    String mode;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Optional<LocalDate> forcedDct = creationDate(cli);
        TimeTagger tagger = new TimeTagger(mode(cli));
        return Batch.run(input.files, input.reader(cli), cli.getOut(), cli.getErr(),
                doc -> lines(withDate(doc, forcedDct), tagger));
    }

    static String lines(Document doc, TimeTagger tagger) {
        StringBuilder out = new StringBuilder();
        for (Timex t : tagger.timexes(doc)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("doc", doc.id());
            row.put("start", t.span().start());
            row.put("end", t.span().end());
            row.put("text", t.text());
            row.put("type", t.type().name());
            row.put("value", t.value());
            t.mod().ifPresent(m -> row.put("mod", m));
            out.append(Json.line(row));
        }
        return out.toString();
    }

    private static Document withDate(Document d, Optional<LocalDate> dct) {
        if (dct.isEmpty()) {
            return d;
        }
        return new Document(d.id(), d.language(), d.title(), d.text(), d.sections(), d.paragraphs(), d.infobox(), dct,
                d.goldTimexes());
    }

    private Optional<LocalDate> creationDate(CommandLine cli) {
        if (dct == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(dct));
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cli, "--dct expects YYYY-MM-DD, got " + dct);
        }
    }

    private TimeTagger.Mode mode(CommandLine cli) {
        if (mode == null) {
            return TimeTagger.Mode.AUTO;
        }
        return switch (mode) {
            case "narrative" -> TimeTagger.Mode.NARRATIVE;
            case "news" -> TimeTagger.Mode.NEWS;
            default -> throw new CommandLine.ParameterException(cli, "--mode expects narrative or news, got " + mode);
        };
    }
}
