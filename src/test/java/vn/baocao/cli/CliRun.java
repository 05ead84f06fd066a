package vn.baocao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in-process, for tests: exit code, standard output, standard error.
 *
 * @param code the exit code
 * @param out  what was printed on standard output
 * @param err  what was printed on standard error
 */
public record CliRun(int code, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
