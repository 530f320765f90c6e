package org.parallax.bench;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.extract.time.TimeTagger;
import org.parallax.model.Document;
import org.parallax.model.Language;

/**
 * In-process throughput of Parallax's temporal tagger and of HeidelTime 2.1 (GPL, test scope only) on
 * the same texts, warm, at 1×, 4× and 16× the input. Run with {@code bench/timex.sh FILE:LANG...}.
 * Prints one line per engine and size: characters, seconds per pass, KB/s, expressions found.
 */
public final class TimexBenchmark {
    private static final Pattern TIMEX = Pattern.compile("<TIMEX3 ");

    public static void main(String[] args) throws Exception {
        String config = Path.of("target/test-classes/bench/heideltime-config.props").toAbsolutePath().toString();
        boolean heideltime = !"--parallax-only".equals(System.getProperty("bench.mode"));
        for (String arg : args) {
            String[] fileLang = arg.split(":");
            String text = Files.readString(Path.of(fileLang[0]));
            Language lang = Language.fromCode(fileLang[1]).orElseThrow();
            double parallax1 = 0;
            double heidel1 = 0;
            for (int times : new int[] {1, 4, 16}) {
                String input = text.repeat(times);
                double p = parallax(input, lang);
                System.out.printf("parallax   %s %s x%-2d %9d chars %8.4f s/pass %10.0f KB/s%n", fileLang[0], lang, times,
                        input.length(), p, input.length() / 1024.0 / p);
                if (times == 1) {
                    parallax1 = p;
                }
                if (heideltime && times <= 4) {
                    double h = heidelTime(input, lang, config);
                    System.out.printf("heideltime %s %s x%-2d %9d chars %8.4f s/pass %10.0f KB/s%n", fileLang[0], lang, times,
                            input.length(), h, input.length() / 1024.0 / h);
                    if (times == 1) {
                        heidel1 = h;
                    }
                }
            }
            if (heideltime) {
                System.out.printf("ratio      %s %s: Parallax is %.0f times faster than HeidelTime (1x, warm)%n", fileLang[0], lang,
                        heidel1 / parallax1);
            }
        }
    }

    private static double parallax(String text, Language lang) {
        Document doc = new Document("bench", lang, "bench", text, List.of(), List.of(), List.of(), Optional.empty(), List.of());
        TimeTagger tagger = new TimeTagger(TimeTagger.Mode.NARRATIVE);
        int found = 0;
        for (int i = 0; i < 5; i++) {
            found = tagger.tag(doc).size();
        }
        int passes = Math.max(3, 2_000_000 / Math.max(1, text.length()));
        long t0 = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            found += tagger.tag(doc).size() * 0;
        }
        double s = (System.nanoTime() - t0) / 1e9 / passes;
        System.out.printf("           (parallax found %d expressions)%n", found);
        return s;
    }

    private static double heidelTime(String text, Language lang, String config) throws Exception {
        de.unihd.dbs.uima.annotator.heideltime.resources.Language hl = switch (lang) {
            case EN -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.ENGLISH;
            case FR -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.FRENCH;
            case IT -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.ITALIAN;
            case ES -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.SPANISH;
            case DE -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.GERMAN;
            case PT -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.PORTUGUESE;
        };
        HeidelTimeStandalone h = new HeidelTimeStandalone(hl, DocumentType.NARRATIVES, OutputType.TIMEML, config, POSTagger.NO);
        String out = h.process(text, new Date());
        int passes = Math.max(2, 200_000 / Math.max(1, text.length()));
        long t0 = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            out = h.process(text, new Date());
        }
        double s = (System.nanoTime() - t0) / 1e9 / passes;
        Matcher m = TIMEX.matcher(out);
        int found = 0;
        while (m.find()) {
            found++;
        }
        System.out.printf("           (heideltime found %d expressions)%n", found);
        return s;
    }
}
