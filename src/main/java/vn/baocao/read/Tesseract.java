package vn.baocao.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import vn.baocao.normalize.ListMarkers;

/**
 * Optical character recognition of page images with the Tesseract command-line program and its
 * Vietnamese model (Debian packages {@code tesseract-ocr} and {@code tesseract-ocr-vie}).
 *
 * <p>Each page is one {@code tesseract IMAGE stdout -l vie tsv} run; the TSV gives words with their boxes
 * grouped into Tesseract's blocks, paragraphs and lines, from which {@link OcrParagraph}s are made. The
 * process is killed when the reading thread is interrupted (the per-file time limit).
 */
final class Tesseract {

    /** What to tell the user when Tesseract or its Vietnamese model is missing. */
    static final String INSTALL_HINT =
            "cài Tesseract và mô hình tiếng Việt: sudo apt-get install tesseract-ocr " + "tesseract-ocr-vie";

    /** A paragraph recognized on a page; lines that stand centred keep their line breaks. */
    record OcrParagraph(String text, boolean centered) {}

    /** One recognized line: its words and its box in pixels. */
    private record OcrLine(String text, int left, int right) {}

    /** A line opening with a section or list marker starts a paragraph. */
    private static final java.util.regex.Pattern ITEM =
            java.util.regex.Pattern.compile("(?:[-+•]\\s|[IVX]{1,4}\\.?\\s+\\p{Lu}{2}|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s|"
                    + ListMarkers.LETTER + "[.)]\\s)");

    private static final Map<String, Boolean> AVAILABLE = new java.util.concurrent.ConcurrentHashMap<>();

    private Tesseract() {}

    /** The program name, overridable (system property {@code baocao.tesseract}) for installations off the PATH. */
    static String program() {
        return System.getProperty("baocao.tesseract", "tesseract");
    }

    /** Whether {@code tesseract} runs and has the Vietnamese model. Checked once per program and process. */
    static boolean available() {
        return AVAILABLE.computeIfAbsent(program(), Tesseract::probe);
    }

    private static boolean probe(String program) {
        try {
            Process p = new ProcessBuilder(program, "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && out.lines().anyMatch(l -> l.strip().equals("vie"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Recognizes one page image; returns its paragraphs in reading order. */
    static List<OcrParagraph> recognize(BufferedImage page) throws IOException, InterruptedException {
        Path png = Files.createTempFile("baocao-ocr-", ".png");
        try {
            ImageIO.write(upscaled(page), "png", png.toFile());
            List<OcrParagraph> out = new ArrayList<>();
            for (OcrParagraph p : paragraphs(run(png), page.getWidth())) {
                out.add(new OcrParagraph(OcrRepair.repair(p.text()), p.centered()));
            }
            return out;
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** Width in pixels of an A4 page at 300 dpi, the resolution Tesseract reads body text best at. */
    private static final int GOOD_WIDTH = 2480;

    /**
     * A low-resolution scan (a 100 dpi page is some 830 pixels wide) enlarged, smoothly, to about 300 dpi:
     * Tesseract misreads the diacritics of small glyphs. Pages of enough resolution are left as they are.
     */
    static BufferedImage upscaled(BufferedImage page) {
        int w = Math.min(page.getWidth(), page.getHeight()); // the short side: portrait or landscape
        if (w >= GOOD_WIDTH * 0.6 || w < 50) {
            return page;
        }
        double scale = Math.min(4.0, GOOD_WIDTH / (double) w);
        int nw = (int) Math.round(page.getWidth() * scale);
        int nh = (int) Math.round(page.getHeight() * scale);
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(page, 0, 0, nw, nh, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static String run(Path image) throws IOException, InterruptedException {
        Path tsv = Files.createTempFile("baocao-ocr-", ".tsv");
        ProcessBuilder pb = new ProcessBuilder(program(), image.toString(), "stdout", "-l", "vie", "tsv");
        pb.environment().put("OMP_THREAD_LIMIT", "1"); // pages run in parallel; one thread each
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectOutput(tsv.toFile()); // waitFor, unlike a blocking read, answers an interrupt
        Process p = pb.start();
        try {
            if (p.waitFor() != 0) {
                throw new IOException("tesseract exit " + p.exitValue());
            }
            return Files.readString(tsv, StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(tsv);
        }
    }

    /** Renders page {@code index} (0-based) of a scanned document as an image. */
    interface PageImages {
        BufferedImage render(int index) throws IOException;
    }

    /**
     * Recognizes {@code pages.size()} pages, several at once (one Tesseract process per core), rendering them
     * one by one in the calling thread. Reports one progress line per finished page.
     *
     * @param pages 0-based indexes of the pages to recognize
     * @return the paragraphs of each page, in the order of {@code pages}
     */
    static List<List<OcrParagraph>> recognize(
            List<Integer> pages,
            PageImages images,
            String name,
            int pageCount,
            java.util.function.Consumer<String> progress)
            throws IOException, InterruptedException {
        int threads = Math.max(1, Math.min(pages.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ocr");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<List<OcrParagraph>>> jobs = new ArrayList<>();
        java.util.concurrent.Semaphore rendered = new java.util.concurrent.Semaphore(threads + 1);
        try {
            for (int index : pages) {
                rendered.acquire(); // bounds the page images held in memory
                BufferedImage image;
                try {
                    image = images.render(index);
                } catch (IOException | RuntimeException e) {
                    rendered.release();
                    throw e;
                }
                jobs.add(pool.submit(() -> {
                    try {
                        List<OcrParagraph> r = recognize(image);
                        progress.accept("Nhận dạng chữ (OCR) «" + name + "»: trang " + (index + 1) + "/" + pageCount
                                + " xong (" + done.incrementAndGet() + "/" + pages.size() + " trang scan)");
                        return r;
                    } finally {
                        rendered.release();
                    }
                }));
            }
            List<List<OcrParagraph>> out = new ArrayList<>();
            for (var job : jobs) {
                try {
                    out.add(job.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow(); // interrupts running pages: their processes are killed
        }
    }

    /** Groups the TSV words into lines and paragraphs (Tesseract's block and paragraph numbers). */
    static List<OcrParagraph> paragraphs(String tsv, int pageWidth) {
        Map<String, List<OcrLine>> paras = new LinkedHashMap<>();
        Map<String, StringBuilder> lineText = new LinkedHashMap<>();
        Map<String, int[]> lineBox = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
                continue;
            }
            String line = f[2] + "/" + f[3] + "/" + f[4];
            int left = Integer.parseInt(f[6]);
            int right = left + Integer.parseInt(f[8]);
            StringBuilder sb = lineText.computeIfAbsent(line, k -> new StringBuilder());
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(f[11].strip());
            int[] box = lineBox.computeIfAbsent(line, k -> new int[] {left, right});
            box[0] = Math.min(box[0], left);
            box[1] = Math.max(box[1], right);
        }
        int margin = lineBox.values().stream().mapToInt(b -> b[0]).min().orElse(0);
        int rightMargin = lineBox.values().stream().mapToInt(b -> b[1]).max().orElse(pageWidth);
        for (var e : lineText.entrySet()) {
            String key = e.getKey();
            String para = key.substring(0, key.lastIndexOf('/'));
            int[] box = lineBox.get(key);
            paras.computeIfAbsent(para, k -> new ArrayList<>())
                    .add(new OcrLine(e.getValue().toString(), box[0], box[1]));
        }
        List<OcrParagraph> out = new ArrayList<>();
        int unit = Math.max(1, (rightMargin - margin) / 60); // about one character width
        for (List<OcrLine> lines : paras.values()) {
            boolean centered = lines.stream()
                    .allMatch(l -> l.left() > margin + 3 * unit
                            && Math.abs((l.left() - margin) - (rightMargin - l.right())) < 3 * unit);
            StringBuilder sb = new StringBuilder();
            OcrLine prev = null;
            for (OcrLine l : lines) {
                // Tesseract runs short lines together: a heading, its sub-heading and the first item
                boolean starts = prev != null
                        && !centered
                        && (ITEM.matcher(l.text()).lookingAt()
                                || prev.right() < rightMargin - 8 * unit && l.left() <= margin + unit);
                if (starts) {
                    out.add(new OcrParagraph(sb.toString(), false));
                    sb.setLength(0);
                }
                if (!sb.isEmpty()) {
                    sb.append(centered ? "\n" : " ");
                }
                sb.append(l.text());
                prev = l;
            }
            out.add(new OcrParagraph(sb.toString(), centered));
        }
        return out;
    }
}
