package vn.baocao.read;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Assumptions;

/**
 * Builds test PDFs the way a word processor prints an administrative document: text runs placed at
 * given positions (top-down coordinates, as read back), justified lines, rules and filled shapes, and
 * text typed into a blank by a signing program (a printed widget annotation over the page).
 */
final class CraftedPdf implements AutoCloseable {

    static final float WIDTH = 595;
    static final float HEIGHT = 842;
    static final float LEFT = 85;
    static final float RIGHT = 540;

    final PDDocument doc = new PDDocument();
    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    final PDFont boldItalic;
    private PDPage page;
    private PDPageContentStream cs;

    CraftedPdf() throws IOException {
        regular = font("LiberationSerif-Regular.ttf");
        bold = font("LiberationSerif-Bold.ttf");
        italic = font("LiberationSerif-Italic.ttf");
        boldItalic = font("LiberationSerif-BoldItalic.ttf");
        newPage();
    }

    private PDFont font(String name) throws IOException {
        for (String dir : List.of("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation")) {
            Path p = Path.of(dir, name);
            if (Files.exists(p)) {
                return PDType0Font.load(doc, p.toFile());
            }
        }
        Assumptions.abort("Liberation fonts missing (fonts-liberation2)");
        return null;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream content() {
        return cs;
    }

    /** Draws {@code text} with its baseline at {@code y} (from the top) starting at {@code x}. */
    void text(PDFont font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, HEIGHT - y);
        cs.showText(text);
        cs.endText();
    }

    float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Draws {@code text} centred on {@code center}. */
    void centered(PDFont font, float size, float center, float y, String text) throws IOException {
        text(font, size, center - width(font, size, text) / 2, y, text);
    }

    /** Draws a justified line from {@code x0} to {@link #RIGHT}: the words spread over the whole width. */
    void justified(PDFont font, float size, float x0, float y, String line) throws IOException {
        String[] words = line.split(" ");
        float total = 0;
        for (String w : words) {
            total += width(font, size, w);
        }
        float gap = words.length > 1 ? (RIGHT - x0 - total) / (words.length - 1) : 0;
        float x = x0;
        for (String w : words) {
            text(font, size, x, y, w);
            x += width(font, size, w) + gap;
        }
    }

    /** Lays {@code paragraph} out in justified lines (the last one left-aligned); returns the next baseline. */
    float paragraph(PDFont font, float size, float firstIndent, float y, float leading, String paragraph)
            throws IOException {
        List<String> lines = wrap(font, size, firstIndent, paragraph);
        for (int i = 0; i < lines.size(); i++) {
            float x0 = i == 0 ? LEFT + firstIndent : LEFT;
            if (i + 1 < lines.size()) {
                justified(font, size, x0, y, lines.get(i));
            } else {
                text(font, size, x0, y, lines.get(i));
            }
            y += leading;
        }
        return y;
    }

    List<String> wrap(PDFont font, float size, float firstIndent, String paragraph) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float avail = RIGHT - LEFT - firstIndent;
        for (String w : paragraph.split(" ")) {
            String next = line.isEmpty() ? w : line + " " + w;
            if (width(font, size, next) > avail && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(w);
                avail = RIGHT - LEFT;
            } else {
                line = new StringBuilder(next);
            }
        }
        out.add(line.toString());
        return out;
    }

    void fill(Color color, float x, float y, float w, float h) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, HEIGHT - y - h, w, h);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
    }

    void strokeLine(Color color, float x0, float y0, float x1, float y1) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(0.5f);
        cs.moveTo(x0, HEIGHT - y0);
        cs.lineTo(x1, HEIGHT - y1);
        cs.stroke();
        cs.setStrokingColor(Color.BLACK);
    }

    /** Text a signing program typed into a blank: a printed widget whose appearance draws it. */
    void typedIntoBlank(PDFont font, float size, float x, float y, String text) throws IOException {
        float w = width(font, size, text) + 4;
        float h = size * 2;
        PDAnnotationWidget widget = new PDAnnotationWidget();
        widget.setRectangle(new PDRectangle(x - 2, HEIGHT - y - size * 0.6f, w, h));
        widget.setPrinted(true);
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(w, h));
        ap.setResources(new PDResources());
        try (PDPageContentStream s = new PDPageContentStream(doc, ap)) {
            s.beginText();
            s.setFont(font, size);
            s.newLineAtOffset(2, size * 0.6f);
            s.showText(text);
            s.endText();
        }
        PDAppearanceDictionary d = new PDAppearanceDictionary();
        d.setNormalAppearance(ap);
        widget.setAppearance(d);
        page.getAnnotations().add(widget);
    }

    Path save(Path file) throws IOException {
        cs.close();
        cs = null;
        doc.save(file.toFile());
        return file;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
        }
        doc.close();
    }
}
