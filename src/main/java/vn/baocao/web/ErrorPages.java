package vn.baocao.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty makes itself, before a request reaches the app (a request line or headers too long, a
 * malformed request, a body over the limit): the app's own Vietnamese page instead of Jetty's English one.
 */
final class ErrorPages extends ErrorHandler {

    private final BiFunction<Integer, String, String> page;

    /** @param page the HTML page of a status and its Vietnamese text */
    ErrorPages(BiFunction<Integer, String, String> page) {
        this.page = page;
        setShowStacks(false);
        setShowCauses(false);
    }

    /** The Vietnamese text of an error status; {@code detail}, when given, replaces the generic one. */
    static String text(int status, String detail) {
        if (detail != null && !detail.isBlank()) {
            return detail;
        }
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ.";
            case 401 -> "Cần mật khẩu để dùng baocao.";
            case 403 -> "Không được phép.";
            case 404 -> "Không có trang này.";
            case 405 -> "Trang này không nhận kiểu yêu cầu đó.";
            case 408 -> "Hết thời gian chờ yêu cầu.";
            case 413 -> "Dữ liệu gửi lên quá lớn.";
            case 414 -> "Địa chỉ (câu tìm kiếm) quá dài. Hãy rút ngắn câu tìm kiếm rồi tìm lại.";
            case 431 -> "Phần đầu yêu cầu quá lớn.";
            case 503 -> "Máy chủ đang bận, hãy thử lại sau.";
            default -> status >= 500 ? "Lỗi máy chủ." : "Yêu cầu không thực hiện được (mã " + status + ").";
        };
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        // Jetty's own message is English ("URI Too Long"): the Vietnamese text of the status only
        byte[] body = page.apply(code, text(code, null)).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
