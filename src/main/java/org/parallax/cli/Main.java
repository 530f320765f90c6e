package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command line: one subcommand per task, JSON to standard output, problems to standard error. */
@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads language editions of an article about a historical event and compares what they say.",
        subcommands = {
            SegmentCommand.class,
            TimexCommand.class,
            EntitiesCommand.class,
            EventsCommand.class,
            CompareCommand.class,
            EvalCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 on success, 2 on bad input or usage, 1 on a fault. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> 1);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("parallax: " + e.getMessage());
            return 2;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("parallax: internal error: " + e);
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"parallax " + (v == null ? "development" : v)};
        }
    }
}
