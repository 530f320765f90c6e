package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.compare.EditionComparator;
import org.parallax.compare.FindingsReport;
import org.parallax.compare.Tolerances;
import org.parallax.align.EditionAligner;
import org.parallax.ingest.DocumentReader;
import org.parallax.ingest.IngestException;
import org.parallax.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax compare}: where the editions agree, contradict each other or leave something out. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare editions of one article: agreements, contradictions, omissions and inconsistencies, each with the quoted sentences.")
final class CompareCommand implements Callable<Integer> {
    enum Format { json, md, html }

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "json", description = "json (default), md or html.")
    Format format;

    @Option(names = "--figure-tolerance", defaultValue = "0.02", description = "Two figures agree within this fraction (default 0.02).")
    double figureTolerance;

    @Option(names = "--date-slack-days", defaultValue = "0", description = "Two disjoint dates closer than this agree (default 0).")
    long dateSlackDays;

    @Option(names = "--range-overlap-agrees", description = "Overlapping periods agree (default: starts and ends must agree).")
    boolean rangeOverlapAgrees;

    @Option(names = "--min-confidence", defaultValue = "0.2", description = "Leave out findings below this confidence (default 0.2).")
    double minConfidence;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Tolerances tolerances;
        try {
            tolerances = Tolerances.DEFAULTS.withFigureRelative(figureTolerance).withDateSlackDays(dateSlackDays)
                    .withRangeOverlapAgrees(rangeOverlapAgrees).withMinConfidence(minConfidence);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
        DocumentReader reader = input.reader(cli);
        List<Document> docs = new ArrayList<>();
        int failed = 0;
        for (String file : input.files) {
            try {
                docs.add(Batch.read(reader, file));
            } catch (IngestException e) {
                cli.getErr().println("parallax: " + e.getMessage());
                failed++;
            }
        }
        cli.getErr().flush();
        if (docs.isEmpty()) {
            return 2;
        }
        FindingsReport report = new EditionComparator(tolerances, new EditionAligner()).compare(docs);
        cli.getOut().print(switch (format) {
            case json -> report.toJson();
            case md -> report.toMarkdown();
            case html -> report.toHtml();
        });
        cli.getOut().flush();
        return failed == 0 ? 0 : 2;
    }
}
