package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.event.EventExtractor;
import org.parallax.model.Event;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parallax events}: the dated events of each document as JSON lines, or the events of all
 * documents as one CSV table, one TimelineJS 3 timeline or one GeoJSON FeatureCollection.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Print the dated events of each file: JSON lines (default), CSV, TimelineJS 3 JSON or GeoJSON.")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl",
            description = "jsonl (default), csv, timelinejs or geojson.")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        EventFormat f = EventFormat.named(format).orElseThrow(() -> new CommandLine.ParameterException(cli,
                "unknown format " + format + " (jsonl, csv, timelinejs, geojson)"));
        EventExtractor extractor = new EventExtractor();
        if (f == EventFormat.JSONL) {
            return Batch.run(input.files, input.reader(cli), cli.getOut(), cli.getErr(),
                    doc -> EventFormat.jsonLines(extractor.extract(doc)));
        }
        // Whole-collection formats: gather every document's events, then write one table or file.
        List<Event> all = new ArrayList<>();
        int code = Batch.run(input.files, input.reader(cli), cli.getOut(), cli.getErr(), doc -> {
            all.addAll(extractor.extract(doc));
            return "";
        });
        cli.getOut().print(f.write(all));
        cli.getOut().flush();
        return code;
    }
}
