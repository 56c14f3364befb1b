package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: its subcommands, registered lazily, and the root options. */
class ShaleCliTest {
    private static CommandLine commandLine(String... args) {
        return ShaleCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    @Test
    void each_subcommand_is_registered_under_the_name_its_class_declares() {
        for (Map.Entry<String, Class<?>> entry : ShaleCli.SUBCOMMANDS.entrySet()) {
            assertThat(entry.getValue().getAnnotation(Command.class).name()).as(entry.getValue().getName())
                    .isEqualTo(entry.getKey());
        }
    }

    @Test
    void a_run_of_one_subcommand_builds_only_that_subcommand() {
        assertThat(commandLine("validate", "--schema", "x.prisma").getSubcommands()).containsOnlyKeys("validate");
        assertThat(commandLine("migrate", "deploy").getSubcommands()).containsOnlyKeys("migrate");
        assertThat(commandLine("migrate", "deploy").getSubcommands().get("migrate").getSubcommands())
                .containsKeys("deploy", "status", "resolve", "plan");
    }

    @Test
    void help_version_and_unknown_commands_see_every_subcommand() {
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"help"}, {"help", "validate"}, {"valdate"}}) {
            assertThat(commandLine(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactlyElementsOf(ShaleCli.SUBCOMMANDS.keySet());
        }
    }

    @Test
    void usage_lists_every_subcommand_and_a_mistyped_one_is_a_usage_error() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(ShaleCli.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        for (String name : ShaleCli.SUBCOMMANDS.keySet()) {
            assertThat(out.toString()).contains("  " + name + " ");
        }
        StringWriter err2 = new StringWriter();
        int exit = ShaleCli.run(new String[] {"valdate"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err2, true));
        assertThat(exit).isEqualTo(2);
        assertThat(err2.toString()).contains("valdate").contains("shale --help");
    }

    @Test
    void help_of_a_subcommand_names_it_under_shale() {
        StringWriter out = new StringWriter();
        assertThat(ShaleCli.run(new String[] {"validate", "--help"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true))).isZero();
        assertThat(out.toString()).startsWith("Usage: shale validate");
    }
}
