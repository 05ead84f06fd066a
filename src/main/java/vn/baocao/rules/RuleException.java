package vn.baocao.rules;

/** A malformed rule file. The message (Vietnamese) names the file and the line. */
public class RuleException extends RuntimeException {

    private final String file;
    private final int line;

    public RuleException(String file, int line, String message) {
        super("Lỗi tệp quy tắc «" + file + "», dòng " + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
