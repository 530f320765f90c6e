package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parallax.extract.time.TimeTagger;
import org.parallax.ingest.DocumentReader;
import org.parallax.ingest.IngestException;
import org.parallax.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parallax eval}: measurements against annotated corpora. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure Parallax against annotated corpora.",
        subcommands = {EvalCommand.Timeml.class, EvalCommand.Compare.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** {@code parallax eval timeml DIR}: TempEval-3 metrics of the temporal tagger per language and overall. */
    @Command(name = "timeml", mixinStandardHelpOptions = true,
            description = "TempEval-3 strict/relaxed span P/R/F1, value F1 and type F1 of `timex` on TimeML files (DIR or .tml files), per language.")
    static final class Timeml implements Callable<Integer> {
        @Mixin
        InputOptions input;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            CommandLine cli = spec.commandLine();
            PrintWriter out = cli.getOut();
            PrintWriter err = cli.getErr();
            DocumentReader reader = input.reader(cli);
            TimeTagger tagger = new TimeTagger();
            Map<String, TimemlScore> byLanguage = new TreeMap<>();
            int failed = 0;
            for (String file : files(input.files)) {
                try {
                    Document doc = reader.read(Path.of(file), file);
                    byLanguage.computeIfAbsent(doc.language().code(), l -> new TimemlScore())
                            .add(doc.goldTimexes(), tagger.timexes(doc));
                } catch (IngestException e) {
                    err.println("parallax: " + e.getMessage());
                    failed++;
                }
            }
            TimemlScore total = new TimemlScore();
            for (Map.Entry<String, TimemlScore> e : byLanguage.entrySet()) {
                out.println(line("timeml[" + e.getKey() + "]", e.getValue()));
                total.add(e.getValue());
            }
            out.println(line("timeml", total));
            out.println("timeml: strict F1=" + TimemlScore.round(total.f1(total.strict)) + " relaxed F1="
                    + TimemlScore.round(total.f1(total.relaxed)) + " value F1=" + TimemlScore.round(total.f1(total.value))
                    + " type F1=" + TimemlScore.round(total.f1(total.type)) + " (docs " + total.docs + ", gold " + total.gold
                    + ", system " + total.system + ")");
            out.flush();
            err.flush();
            return failed == 0 ? 0 : 2;
        }

        private static String line(String label, TimemlScore s) {
            return label + ": strict " + s.prf(s.strict) + " | relaxed " + s.prf(s.relaxed) + " | value " + s.prf(s.value)
                    + " | type " + s.prf(s.type) + " (docs " + s.docs + ", gold " + s.gold + ", system " + s.system + ")";
        }

        /** The .tml files of each directory argument in name order, and file arguments as given. */
        private static List<String> files(List<String> args) {
            List<String> out = new ArrayList<>();
            for (String a : args) {
                Path p = Path.of(a);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        s.map(Path::toString).filter(f -> f.endsWith(".tml")).sorted().forEach(out::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    out.add(a);
                }
            }
            return out;
        }
    }

    /** {@code parallax eval compare DIR}: contradiction precision and recall of {@code compare} on groups of editions with a gold list. */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Contradiction precision and recall of `compare` on DIR: one subdirectory per group of editions (*.txt) with its gold.jsonl.")
    static final class Compare implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "Directory of edition groups.")
        Path dir;

        @CommandLine.Option(names = "--details", description = "Also list the missed and the false contradictions.")
        boolean details;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            CommandLine cli = spec.commandLine();
            if (!Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(cli, "not a directory: " + dir);
            }
            PrintWriter out = cli.getOut();
            DocumentReader reader = new DocumentReader(java.util.Optional.empty());
            org.parallax.compare.EditionComparator comparator = new org.parallax.compare.EditionComparator();
            ComparisonScore total = new ComparisonScore();
            int failed = 0;
            for (Path group : ComparisonScore.groups(dir)) {
                List<Document> docs = new ArrayList<>();
                for (Path file : ComparisonScore.editions(group)) {
                    try {
                        docs.add(reader.read(file, file.toString()));
                    } catch (IngestException e) {
                        cli.getErr().println("parallax: " + e.getMessage());
                        failed++;
                    }
                }
                ComparisonScore one = new ComparisonScore();
                List<ComparisonScore.Gold> gold = ComparisonScore.read(group.resolve("gold.jsonl"));
                org.parallax.compare.FindingsReport report = comparator.compare(docs);
                one.add(group.getFileName().toString(), gold, report);
                total.add(group.getFileName().toString(), gold, report);
                out.println(one.line().replace("compare:", "compare[" + group.getFileName() + "]:"));
            }
            out.println(total.line());
            if (details) {
                total.misses.forEach(m -> out.println("  missed: " + m));
                total.falseAlarms.forEach(m -> out.println("  false: " + m));
            }
            out.flush();
            cli.getErr().flush();
            return failed == 0 ? 0 : 2;
        }
    }
}
