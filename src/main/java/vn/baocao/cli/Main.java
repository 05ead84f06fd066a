package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code baocao} command line. */
@Command(
        name = "baocao",
        version = "baocao 0.1.0",
        description = "Nhập, tìm kiếm và soạn thảo báo cáo cải cách hành chính định kỳ của UBND các cấp.")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order of the help. Not in {@code @Command(subcommands)}: picocli would build
     * the model of every command (and load their classes) at each start; {@link #run} adds only the one
     * named, or all of them for the help and for anything else.
     */
    private static final Map<String, Class<?>> COMMANDS = commands(
            ExtractCommand.class,
            ImportCommand.class,
            CheckCommand.class,
            SearchCommand.class,
            RefsCommand.class,
            CommitmentsCommand.class,
            FiguresCommand.class,
            ReportsCommand.class,
            ShowCommand.class,
            DraftCommand.class,
            KiemTraCommand.class,
            SynthCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            HelpCommand.class,
            StartupTrainingCommand.class);

    @picocli.CommandLine.Mixin
    HelpOptions helpOptions;

    /** Exit code when an input file cannot be read. */
    public static final int EXIT_INPUT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Vietnamese headings for the usage help of every command. */
    private static void vietnamese(CommandLine cl) {
        cl.getCommandSpec()
                .usageMessage()
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
        return message.replace("Missing required parameter", "Thiếu tham số bắt buộc")
                .replace("Missing required option", "Thiếu tùy chọn bắt buộc")
                .replace("Unknown option", "Tùy chọn không hợp lệ")
                .replace("Unknown options", "Tùy chọn không hợp lệ")
                .replace("Unmatched argument at index", "Tham số thừa ở vị trí")
                .replace("Unmatched arguments from index", "Tham số thừa từ vị trí")
                .replace("Invalid value for option", "Giá trị không hợp lệ cho tùy chọn");
    }

    private static Map<String, Class<?>> commands(Class<?>... classes) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            m.put(c.getAnnotation(Command.class).name(), c);
        }
        return m;
    }

    /** The command of a name or an alias ({@code verify-figures} for {@code kiemtra}), or null. */
    private static Class<?> byNameOrAlias(String name) {
        Class<?> c = COMMANDS.get(name);
        if (c == null) {
            for (Class<?> k : COMMANDS.values()) {
                if (java.util.Arrays.asList(k.getAnnotation(Command.class).aliases())
                        .contains(name)) {
                    return k;
                }
            }
        }
        return c;
    }

    /** The command line with the subcommand {@code args[0]} names, else with all of them. */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> only = args.length == 0 || args[0].equals("help") ? null : byNameOrAlias(args[0]);
        for (Class<?> c : only != null ? List.<Class<?>>of(only) : COMMANDS.values()) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    /** Runs the CLI with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        vietnamese(cl);
        cl.registerConverter(vn.baocao.extract.Period.class, new PeriodConverter());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("Lỗi: " + translate(ex.getMessage()));
            c.getErr().println("Xem hướng dẫn: baocao " + (c == cl ? "" : c.getCommandName() + " ") + "--help");
            return 2;
        });
        cl.setExitCodeExceptionMapper(new ExitCodes());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("Lỗi: " + ex.getMessage());
            CommandLine.ParseResult own = parseResult;
            while (own.hasSubcommand()) {
                own = own.subcommand();
            }
            if (own.hasMatchedOption("--verbose")) {
                (ex instanceof vn.baocao.read.ReadException && ex.getCause() != null ? ex.getCause() : ex)
                        .printStackTrace(commandLine.getErr());
            }
            return commandLine.getExitCodeExceptionMapper().getExitCode(ex);
        });
        return cl.execute(args);
    }
}
