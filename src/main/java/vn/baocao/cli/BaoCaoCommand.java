package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code baocao} command has: its picocli spec, its output and error streams (those of the command
 * line, so that tests and the launcher capture them), and {@code --verbose} (stack traces of errors, printed by
 * {@link Main}'s exception handler).
 */
abstract class BaoCaoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", description = "In chi tiết lỗi (stack trace).")
    boolean verbose;

    /** Where the command writes its answer. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where the command writes its messages and errors. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
