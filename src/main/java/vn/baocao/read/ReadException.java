package vn.baocao.read;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be read as a report. The message is Vietnamese, for the user, and names the file.
 */
public class ReadException extends IOException {

    /** Why a file cannot be read. Each reason carries its Vietnamese explanation. */
    public enum Reason {
        NOT_FOUND("không tìm thấy tệp"),
        IS_DIRECTORY("đây là thư mục, không phải tệp (dùng lệnh import để nhập cả thư mục)"),
        UNREADABLE("không có quyền đọc tệp"),
        EMPTY("tệp rỗng, không có nội dung"),
        UNSUPPORTED("định dạng tệp không được hỗ trợ"),
        CORRUPT("tệp bị hỏng hoặc không đúng định dạng"),
        ENCRYPTED("tệp được đặt mật khẩu, cần gỡ mật khẩu trước khi nhập"),
        NO_TEXT("tệp không có lớp văn bản (có thể là bản scan); cần nhận dạng chữ (OCR)"),
        TOO_LARGE("tệp vượt quá giới hạn kích thước cho phép"),
        TIMEOUT("đọc tệp quá thời gian cho phép");

        private final String vietnamese;

        Reason(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    private final Reason reason;
    private final Path file;

    public ReadException(Path file, Reason reason, Throwable cause) {
        super("Không đọc được tệp «" + file + "»: " + reason.vietnamese() + ".", cause);
        this.reason = reason;
        this.file = file;
    }

    public ReadException(Path file, Reason reason) {
        this(file, reason, null);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
