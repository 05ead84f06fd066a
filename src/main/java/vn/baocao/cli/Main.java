package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code baocao} command line. */
@Command(name = "baocao", version = "baocao 0.1.0",
        description = "Nhập, tìm kiếm và soạn thảo báo cáo cải cách hành chính định kỳ của UBND các cấp.",
        subcommands = {ExtractCommand.class, ImportCommand.class, CheckCommand.class, SearchCommand.class, RefsCommand.class,
                CommitmentsCommand.class, FiguresCommand.class, ReportsCommand.class, ShowCommand.class,
                DraftCommand.class, SynthCommand.class, BenchCommand.class, ServeCommand.class, HelpCommand.class})
public final class Main implements Runnable {

    @picocli.CommandLine.Mixin
    HelpOptions helpOptions;

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

    /** Vietnamese headings for the usage help of every command. */
    private static void vietnamese(CommandLine cl) {
        cl.getCommandSpec().usageMessage()
                .synopsisHeading("Cách dùng: ")
                .commandListHeading("%nCác lệnh:%n")
                .optionListHeading("%nTùy chọn:%n")
                .parameterListHeading("%nTham số:%n")
                .descriptionHeading("%n");
        if (!cl.getCommandSpec().optionsMap().containsKey("--help")) {
            cl.getCommandSpec().addMixin("help", CommandLine.Model.CommandSpec.forAnnotatedObject(new HelpOptions()));
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            vietnamese(sub);
        }
    }

    /** Picocli's common parse errors in Vietnamese. */
    static String translate(String message) {
        return message
                .replace("Missing required parameter", "Thiếu tham số bắt buộc")
                .replace("Missing required option", "Thiếu tùy chọn bắt buộc")
                .replace("Unknown option", "Tùy chọn không hợp lệ")
                .replace("Unknown options", "Tùy chọn không hợp lệ")
                .replace("Unmatched argument at index", "Tham số thừa ở vị trí")
                .replace("Unmatched arguments from index", "Tham số thừa từ vị trí")
                .replace("Invalid value for option", "Giá trị không hợp lệ cho tùy chọn");
    }

    /** Runs the CLI with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        vietnamese(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("Lỗi: " + translate(ex.getMessage()));
            c.getErr().println("Xem hướng dẫn: baocao " + (c == cl ? "" : c.getCommandName() + " ") + "--help");
            return 2;
        });
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
