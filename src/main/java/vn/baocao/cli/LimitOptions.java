package vn.baocao.cli;

import java.time.Duration;
import picocli.CommandLine.Option;
import vn.baocao.read.ReadLimits;

/** The per-file reading limits, shared by the commands that read reports. */
final class LimitOptions {

    @Option(
            names = "--max-size",
            paramLabel = "MB",
            description = "Bỏ qua tệp lớn hơn MB megabyte (mặc định: ${DEFAULT-VALUE}).",
            defaultValue = "100")
    long maxSizeMb;

    @Option(
            names = "--timeout",
            paramLabel = "GIÂY",
            description = "Thời gian tối đa đọc một tệp, kể cả nhận dạng chữ (mặc định: ${DEFAULT-VALUE} giây).",
            defaultValue = "300")
    long timeoutSeconds;

    ReadLimits limits() {
        if (maxSizeMb <= 0 || timeoutSeconds <= 0) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--max-size và --timeout phải là số dương");
        }
        return ReadLimits.DEFAULTS.with(maxSizeMb * 1024 * 1024, Duration.ofSeconds(timeoutSeconds));
    }
}
