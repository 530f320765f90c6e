package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {
    static Stream<String> subcommands() {
        return new CommandLine(new Main()).getSubcommands().keySet().stream();
    }

    @Test
    void printsTheVersion() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("parallax ");
    }

    @Test
    void printsTheUsageOfTheWholeCommandLine() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: parallax").contains("segment");
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("subcommands")
    void everySubcommandPrintsItsUsage(String name) {
        CliRun run = CliRun.of(name, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: parallax " + name);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("segment", "--no-such-option", "x.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1).first().asString().startsWith("parallax: Unknown option");
    }

    @Test
    void segmentWithoutFilesIsAUsageError() {
        CliRun run = CliRun.of("segment");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
    }
}
