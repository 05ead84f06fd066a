package vn.baocao.read;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.baocao.normalize.VietnameseText;

/**
 * Tika writes a DOCX's running headers and footers as ordinary paragraphs before and after the body.
 * This reads them from the package with POI and moves those paragraphs into the page furniture.
 */
final class DocxFurniture {

    private DocxFurniture() {
    }

    static List<Block> separate(Path file, List<Block> blocks, List<String> furniture) {
        Set<String> texts = new HashSet<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFHeader h : doc.getHeaderList()) {
                collect(h.getParagraphs(), texts);
            }
            for (XWPFFooter f : doc.getFooterList()) {
                collect(f.getParagraphs(), texts);
            }
        } catch (Exception | LinkageError e) {
            return blocks; // the body was read; headers are a refinement
        }
        if (texts.isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks);
        // headers come first, footers last: peel matching paragraphs off both ends
        while (!out.isEmpty() && out.getFirst() instanceof Paragraph p && texts.contains(key(p.text()))) {
            furniture.add(p.text());
            out.removeFirst();
        }
        while (!out.isEmpty() && out.getLast() instanceof Paragraph p && texts.contains(key(p.text()))) {
            furniture.add(p.text());
            out.removeLast();
        }
        return out;
    }

    private static void collect(List<XWPFParagraph> paragraphs, Set<String> texts) {
        for (XWPFParagraph p : paragraphs) {
            String k = key(p.getText());
            if (!k.isEmpty()) {
                texts.add(k);
            }
        }
    }

    private static String key(String s) {
        return VietnameseText.collapseSpaces(VietnameseText.nfc(s == null ? "" : s));
    }
}
