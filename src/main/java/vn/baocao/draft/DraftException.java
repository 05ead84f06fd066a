package vn.baocao.draft;

/** A draft cannot be made; the message is Vietnamese and meant for the user. */
public final class DraftException extends RuntimeException {

    public DraftException(String message) {
        super(message);
    }

    public DraftException(String message, Throwable cause) {
        super(message, cause);
    }
}
