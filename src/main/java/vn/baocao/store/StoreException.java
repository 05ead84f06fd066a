package vn.baocao.store;

/** The store cannot be opened, migrated or written; the message is Vietnamese. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
