package vn.baocao.cli;

import java.io.PrintWriter;
import vn.baocao.read.ReadException;

/** How every command reports a file it cannot read: one Vietnamese line, the cause's stack trace only with --verbose. */
final class InputError {

    private InputError() {
    }

    /** Prints the error and returns {@link Main#EXIT_INPUT}. */
    static int report(ReadException e, PrintWriter err, boolean verbose) {
        err.println("Lỗi: " + e.getMessage());
        if (verbose && e.getCause() != null) {
            e.getCause().printStackTrace(err);
        }
        return Main.EXIT_INPUT;
    }
}
