package vn.baocao.fulltext;

/** The search index cannot be used; the message is in Vietnamese, for the user. */
public class IndexException extends RuntimeException {

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
