package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Language;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** The input files of a command and the flag that forces their language. */
final class InputOptions {
    @Option(names = "--lang", paramLabel = "L", description = "Force the language (en, fr, it, es, de, pt) instead of detecting it.")
    String lang;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files (plain text, HTML or TimeML); - reads standard input.")
    List<String> files = new ArrayList<>();

    Optional<Language> language(picocli.CommandLine cli) {
        if (lang == null) {
            return Optional.empty();
        }
        return Optional.of(Language.fromCode(lang).orElseThrow(() ->
                new ParameterException(cli, "unsupported language " + lang + " (supported: en, fr, it, es, de, pt)")));
    }

    DocumentReader reader(picocli.CommandLine cli) {
        return new DocumentReader(language(cli));
    }
}
