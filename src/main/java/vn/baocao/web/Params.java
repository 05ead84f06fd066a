package vn.baocao.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** The request parameters the pages read, checked: a bad value is a Vietnamese message (400, or 404 for an id). */
final class Params {

    private Params() {}

    /** The report id of the path ({@code {id}}). @throws NotFoundResponse when it is not a number */
    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("Mã báo cáo không hợp lệ.");
        }
    }

    /** A whole-number query parameter, {@code fallback} when absent or blank. @throws IllegalArgumentException */
    static int integer(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Giá trị «" + v + "» của " + name + " phải là số.");
        }
    }

    /** A query parameter stripped, null when absent or blank. */
    static String text(Context ctx, String name) {
        return blankToNull(ctx.queryParam(name));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
