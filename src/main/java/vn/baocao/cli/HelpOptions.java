package vn.baocao.cli;

import picocli.CommandLine.Option;

/** Vietnamese help and version options, mixed into every command. */
final class HelpOptions {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Hiện hướng dẫn sử dụng rồi thoát.")
    boolean help;

    @Option(
            names = {"-V", "--version"},
            versionHelp = true,
            description = "Hiện phiên bản rồi thoát.")
    boolean version;
}
