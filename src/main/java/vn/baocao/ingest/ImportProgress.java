package vn.baocao.ingest;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress of an import, in Vietnamese: on a terminal a bar redrawn in place with counts and the time
 * left; otherwise one plain line per file.
 */
public final class ImportProgress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private int total;
    private int done;
    private long startNanos;
    private Listener listener;

    /** Told the outcome of every file as it is decided (the web app's per-file results). */
    public interface Listener {
        void file(String file, Importer.Outcome outcome);
    }

    /** @param terminal draw a bar (true when {@code System.console() != null}) or print plain lines */
    public ImportProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A progress that prints nothing. */
    public static ImportProgress silent() {
        return new ImportProgress(null, false);
    }

    /** A progress that prints nothing and tells {@code listener} each file's outcome. */
    public static ImportProgress listening(Listener listener) {
        ImportProgress p = silent();
        p.listener = listener;
        return p;
    }

    void started(int files) {
        total = files;
        startNanos = System.nanoTime();
        if (out != null && !terminal) {
            out.println("Bắt đầu nhập " + files + " tệp.");
            out.flush();
        }
    }

    void repaired(int reindexed, int removed) {
        if (out != null && reindexed + removed > 0) {
            out.println("Đã sửa chỉ mục sau lần nhập bị ngắt: lập lại chỉ mục " + reindexed + " báo cáo, xoá " + removed
                    + " báo cáo không còn trong kho.");
            out.flush();
        }
    }

    void advanced(String file, Importer.Outcome outcome, Importer.Counts counts) {
        done++;
        if (listener != null) {
            listener.file(file, outcome);
        }
        if (out == null) {
            return;
        }
        if (terminal) {
            int filled = total == 0 ? WIDTH : WIDTH * done / total;
            out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + "  mới " + counts.imported() + ", không đổi " + counts.unchanged() + ", lỗi " + counts.failed()
                    + "  còn khoảng " + eta() + "   ");
        } else {
            out.println("[" + done + "/" + total + "] " + outcome.vietnamese() + ": " + file);
        }
        out.flush();
    }

    void finished() {
        if (out != null && terminal) {
            out.println();
            out.flush();
        }
    }

    private String eta() {
        if (done == 0) {
            return "?";
        }
        long perFile = (System.nanoTime() - startNanos) / done;
        Duration left = Duration.ofNanos(perFile * (total - done));
        return String.format("%d:%02d", left.toMinutes(), left.toSecondsPart());
    }
}
