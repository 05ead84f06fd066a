package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code baocao} command line. */
@Command(name = "baocao", mixinStandardHelpOptions = true, version = "baocao 0.1.0",
        description = "Nhập, tìm kiếm và soạn thảo báo cáo cải cách hành chính định kỳ của UBND các cấp.",
        subcommands = {ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code when an input file cannot be read. */
    public static final int EXIT_INPUT = 3;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the CLI with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("Lỗi: " + ex.getMessage());
            if (parseResult.hasMatchedOption("--verbose")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cl.execute(args);
    }
}
