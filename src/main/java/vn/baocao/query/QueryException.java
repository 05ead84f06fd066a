package vn.baocao.query;

/** A query cannot be answered as asked (no data yet, unknown report, bad option); the message is Vietnamese. */
public class QueryException extends RuntimeException {

    public QueryException(String message) {
        super(message);
    }
}
