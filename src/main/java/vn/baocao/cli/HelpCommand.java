package vn.baocao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baocao help [COMMAND]}: usage help of a command, in Vietnamese. */
@Command(name = "help", description = "Hiện hướng dẫn của một lệnh.")
final class HelpCommand implements Runnable {

    @Parameters(arity = "0..1", paramLabel = "LỆNH", description = "Tên lệnh cần xem hướng dẫn.")
    String command;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CommandLine parent = spec.commandLine().getParent();
        CommandLine target = command == null ? parent : parent.getSubcommands().get(command);
        if (target == null) {
            spec.commandLine().getErr().println("Lỗi: không có lệnh «" + command + "».");
            target = parent;
        }
        target.usage(spec.commandLine().getOut());
    }
}
