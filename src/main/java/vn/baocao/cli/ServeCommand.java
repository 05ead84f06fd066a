package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.baocao.web.WebApp;

/** {@code baocao serve}: the web app over the data folder. */
@Command(
        name = "serve",
        description = "Chạy ứng dụng web (tiếng Việt) trên máy này: tìm kiếm, xem báo cáo, văn bản, số liệu, "
                + "cam kết, soạn dự thảo, nhập báo cáo. Mặc định chỉ mở cho chính máy này (127.0.0.1).")
final class ServeCommand extends BaoCaoCommand {

    /** The environment variable holding the password. */
    static final String PASSWORD_ENV = "BAOCAO_PASSWORD";

    @Option(
            names = "--port",
            paramLabel = "CỔNG",
            defaultValue = "8080",
            description = "Cổng (mặc định ${DEFAULT-VALUE}; 0 = cổng trống bất kỳ).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ĐỊA_CHỈ",
            defaultValue = "127.0.0.1",
            description = "Địa chỉ lắng nghe (mặc định ${DEFAULT-VALUE}). Địa chỉ khác cần mật khẩu.")
    String bind;

    @Option(
            names = "--password",
            paramLabel = "MẬT_KHẨU",
            description =
                    "Mật khẩu truy cập (hoặc biến môi trường BAOCAO_PASSWORD); bắt buộc khi --bind không phải 127.0.0.1.")
    String password;

    @Option(
            names = "--max-upload",
            paramLabel = "MB",
            defaultValue = "100",
            description = "Dung lượng tối đa mỗi lần tải lên, MB (mặc định ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(
            names = "--template",
            paramLabel = "TỆP",
            description = "Tệp mẫu DOCX của dự thảo (mặc định templates/bao-cao.docx nếu có).")
    Path template;

    @Mixin
    DataOptions data;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        String pw = password != null ? password : System.getenv(PASSWORD_ENV);
        if (maxUploadMb < 1) {
            err.println("Lỗi: --max-upload phải lớn hơn 0.");
            return 2;
        }
        WebApp app;
        try {
            app = new WebApp(new WebApp.Settings(
                    data.folder(), bind, port, pw, maxUploadMb * 1024 * 1024, rules.extractor(), template));
        } catch (IllegalArgumentException e) {
            err.println("Lỗi: " + e.getMessage());
            return 2;
        }
        int actual;
        try {
            actual = app.start();
        } catch (RuntimeException e) {
            err.println("Lỗi: không mở được máy chủ tại " + bind + ":" + port + " (" + rootMessage(e) + ").");
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.println("baocao đang chạy: http://" + host + ":" + actual + "/  (dữ liệu: "
                + data.folder().root() + ")");
        out.println("Nhấn Ctrl+C để dừng.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
