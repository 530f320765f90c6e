package org.parallax.bench;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

/** One cold HeidelTime run over a file, as a command-line user would run it: for the whole-run comparison. */
public final class HeidelTimeWholeRun {
    public static void main(String[] args) throws Exception {
        String config = Path.of("target/test-classes/bench/heideltime-config.props").toAbsolutePath().toString();
        de.unihd.dbs.uima.annotator.heideltime.resources.Language lang = switch (args[1]) {
            case "fr" -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.FRENCH;
            case "it" -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.ITALIAN;
            case "es" -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.SPANISH;
            case "de" -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.GERMAN;
            case "pt" -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.PORTUGUESE;
            default -> de.unihd.dbs.uima.annotator.heideltime.resources.Language.ENGLISH;
        };
        HeidelTimeStandalone h = new HeidelTimeStandalone(lang, DocumentType.NARRATIVES, OutputType.TIMEML, config, POSTagger.NO);
        System.out.println(h.process(Files.readString(Path.of(args[0])), new Date()));
    }
}
