package vn.baocao.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The app's safety rules: the password (HTTP Basic, any user name) when one is set, the CSRF token of
 * every form (a random per-browser cookie the form must echo back), and headers that forbid scripts and
 * frames from anywhere else.
 */
final class Guard {

    static final String CSRF_COOKIE = "baocao_csrf";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String password;

    Guard(String password) {
        this.password = password == null || password.isEmpty() ? null : password;
    }

    /**
     * Refuses a bind address other than loopback without a password.
     *
     * @throws IllegalArgumentException with a Vietnamese message
     */
    static void checkBind(String bind, String password) {
        InetAddress a;
        try {
            a = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Địa chỉ «" + bind + "» không hợp lệ.");
        }
        if (!a.isLoopbackAddress() && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException(
                    "Mở máy chủ ra địa chỉ «" + bind + "» (không phải 127.0.0.1) cần mật khẩu: "
                            + "dùng --password MẬT_KHẨU hoặc biến môi trường BAOCAO_PASSWORD.");
        }
    }

    /** Runs before every request: headers, password, CSRF cookie, and the token check of every POST. */
    void before(Context ctx) {
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        if (password != null) {
            var cred = ctx.header("Authorization") == null ? null : ctx.basicAuthCredentials();
            if (cred == null || !same(cred.getPassword(), password)) {
                ctx.header("WWW-Authenticate", "Basic realm=\"baocao\", charset=\"UTF-8\"");
                throw new UnauthorizedResponse("Cần mật khẩu để dùng baocao.");
            }
        }
        String token = ctx.cookie(CSRF_COOKIE);
        if (token == null || !token.matches("[0-9a-f]{64}")) {
            byte[] b = new byte[32];
            RANDOM.nextBytes(b);
            token = HexFormat.of().formatHex(b);
            ctx.header("Set-Cookie", CSRF_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
            if (ctx.method() == HandlerType.POST) {
                throw new ForbiddenResponse("Thiếu mã chống giả mạo (CSRF). Hãy tải lại trang rồi gửi lại.");
            }
        }
        ctx.attribute(CSRF_COOKIE, token);
        if (ctx.method() == HandlerType.POST) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null) {
                sent = ctx.queryParam(CSRF_FIELD);
            }
            if (sent == null || !same(sent, token)) {
                throw new ForbiddenResponse("Mã chống giả mạo (CSRF) không đúng. Hãy tải lại trang rồi gửi lại.");
            }
        }
    }

    /** The CSRF token of this request's browser. */
    static String token(Context ctx) {
        return ctx.attribute(CSRF_COOKIE);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
