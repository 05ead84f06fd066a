package vn.baocao.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.baocao.read.ReportReader;

/**
 * Uploaded files staged for import in a fresh temporary folder. Nothing the browser sends becomes a path:
 * each file is stored as {@code NNN-<name>} where the name keeps only letters, digits, spaces, dots,
 * dashes and underscores of the file name's last component; zip archives are unpacked the same way
 * (entries flattened, never written outside the folder). Every byte is streamed and counted against the
 * limit.
 */
final class Uploads implements AutoCloseable {

    /** An upload that was not staged, and why (Vietnamese). */
    record Rejected(String name, String reason) {}

    private final Path dir;
    private final long limit;
    private final List<Path> staged = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private final java.util.Map<Path, String> names = new java.util.HashMap<>();
    private long written;

    Uploads(long limitBytes) throws IOException {
        this.dir = Files.createTempDirectory("baocao-upload-");
        this.limit = limitBytes;
    }

    /** Stages one uploaded file (a report, or a zip of reports). */
    void add(String clientName, InputStream content) throws IOException {
        String name = safeName(clientName);
        String ext = extension(name);
        if (ext.equals("zip")) {
            unzip(name, content);
        } else if (ReportReader.hasReportExtension(Path.of(name))) {
            store(name, content);
        } else {
            rejected.add(new Rejected(name, "không phải tệp báo cáo (DOCX, DOC, ODT, RTF, PDF, TXT) hay tệp ZIP"));
        }
    }

    private void unzip(String zipName, InputStream content) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(content)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = safeName(e.getName());
                if (ReportReader.hasReportExtension(Path.of(name))) {
                    store(name, zip);
                } else {
                    rejected.add(new Rejected(zipName + " › " + name, "không phải tệp báo cáo"));
                }
            }
        }
    }

    private void store(String name, InputStream in) throws IOException {
        Path target = dir.resolve(String.format("%03d-%s", staged.size() + 1, name));
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                written += n;
                if (written > limit) {
                    throw new TooLarge(limit);
                }
                out.write(buf, 0, n);
            }
        }
        staged.add(target);
        names.put(target, name);
    }

    /** The whole upload is larger than the limit (zip contents included). */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("Tệp tải lên vượt quá giới hạn " + (limit / (1024 * 1024)) + " MB.");
        }
    }

    List<Path> staged() {
        return List.copyOf(staged);
    }

    List<Rejected> rejected() {
        return List.copyOf(rejected);
    }

    /** The name the user knows a staged file by. */
    String nameOf(Path staged) {
        return names.getOrDefault(staged, staged.getFileName().toString());
    }

    /** The last component of a client's file name, with only harmless characters, never empty or hidden. */
    static String safeName(String clientName) {
        String n = clientName == null ? "" : clientName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceAll("[^\\p{L}\\p{N} ._-]", "_").replaceAll("^[._ ]+", "");
        if (n.length() > 120) {
            n = n.substring(n.length() - 120);
        }
        return n.isBlank() ? "tep" : n;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
