package vn.baocao.cli;

import picocli.CommandLine.IExitCodeExceptionMapper;
import vn.baocao.read.ReadException;
import vn.baocao.rules.RuleException;

/**
 * The exit code of every command that ends with an exception, in one place: a file that cannot be read
 * {@value #INPUT}, an invalid rules file {@value #USAGE} (as a usage error), anything else {@value #FAILURE}.
 * {@link Main}'s execution handler prints the exception's Vietnamese message, its cause's stack trace only with
 * {@code --verbose}.
 */
final class ExitCodes implements IExitCodeExceptionMapper {

    /** A command failed. */
    static final int FAILURE = 1;
    /** A usage error: an invalid option, value or rules file. */
    static final int USAGE = 2;
    /** An input file cannot be read. */
    static final int INPUT = Main.EXIT_INPUT;

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof ReadException) {
            return INPUT;
        }
        if (exception instanceof RuleException) {
            return USAGE;
        }
        return FAILURE;
    }
}
