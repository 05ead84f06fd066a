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
        NOT_REGULAR("không phải tệp thông thường (ống dẫn, thiết bị…), bỏ qua"),
        EMPTY("tệp rỗng, không có nội dung"),
        UNSUPPORTED("định dạng tệp không được hỗ trợ"),
        CORRUPT("tệp bị hỏng hoặc không đúng định dạng"),
        ENCRYPTED("tệp được đặt mật khẩu, cần gỡ mật khẩu trước khi nhập"),
        NO_TEXT("tệp không có lớp văn bản (có thể là bản scan); cần nhận dạng chữ (OCR)"),
        OCR_NOTHING("đã nhận dạng chữ (OCR) nhưng không thấy chữ nào: bản scan trắng, quá mờ hoặc không phải văn bản"),
        OCR_MISSING("tệp là bản scan (không có lớp văn bản) nhưng máy chưa có chương trình nhận dạng chữ; "
                + Tesseract.INSTALL_HINT),
        TOO_LARGE("tệp vượt quá giới hạn kích thước cho phép"),
        TOO_MUCH_TEXT("tệp chứa quá nhiều chữ hoặc bảng quá lớn (quá nhiều ô), vượt giới hạn cho phép"),
        TOO_DEEP("cấu trúc tệp lồng nhau quá sâu (bảng lồng trong bảng…), không đọc được an toàn"),
        ZIP_BOMB("tệp nén bất thường (nghi là \"bom nén\": giải nén ra dung lượng quá lớn), đã dừng đọc"),
        XML_ENTITIES("tệp chứa khai báo thực thể XML (DOCTYPE) không an toàn, đã từ chối đọc"),
        OUT_OF_MEMORY("tệp cần quá nhiều bộ nhớ để đọc"),
        LINK_LOOP("liên kết tượng trưng (symlink) tạo thành vòng lặp, bỏ qua"),
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
    private final String detail;

    public ReadException(Path file, Reason reason, Throwable cause) {
        this(file, reason, cause, "");
    }

    /** With a detail after the reason, e.g. the size and the limit. */
    public ReadException(Path file, Reason reason, Throwable cause, String detail) {
        super("Không đọc được tệp «" + file + "»: " + reason.vietnamese() + detail + ".", cause);
        this.reason = reason;
        this.file = file;
        this.detail = detail;
    }

    /** Why, in Vietnamese, with the detail (sizes, limits) when there is one: for a list of failed files. */
    public String why() {
        return reason.vietnamese() + detail;
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
