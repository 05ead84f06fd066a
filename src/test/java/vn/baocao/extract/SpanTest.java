package vn.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.ProjectFiles;
import vn.baocao.read.Block;
import vn.baocao.rules.RuleSet;
import vn.baocao.structure.Section;

/**
 * Every figure, reference and commitment carries the span extraction found it at, and that span, read back from the
 * report's own texts (a section's body as stored, its title, a footnote), is exactly the mention: over the
 * seed reports in every format and the real documents.
 */
class SpanTest {

    static final ReportExtractor EXTRACTOR = new ReportExtractor(RuleSet.defaults());

    static Stream<Path> reports() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("corpus", "corpus/docx", "corpus/pdf")) {
            try (Stream<Path> s = Files.list(ProjectFiles.path(dir))) {
                s.filter(p -> p.toString().matches(".*/\\d{3}_[^/]*\\.(txt|docx|pdf)$"))
                        .sorted()
                        .forEach(out::add);
            }
        }
        Path real = ProjectFiles.root().getParent().resolve("shared/real");
        if (Files.isDirectory(real)) {
            try (Stream<Path> s = Files.list(real)) {
                s.filter(p -> p.toString().matches(".*\\.(docx|pdf)$")).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everySpanReadsBackAsItsMention(Path file) throws Exception {
        assumeTrue(Files.isRegularFile(file));
        Extraction x = EXTRACTOR.extract(file);
        int checked = 0;
        for (Figure f : x.figures()) {
            String at = textAt(x, f.span());
            // a table value's span is its cell's value; a figure of running text its surface text
            assertEquals(f.text().strip(), at, "figure " + f + " in " + file.getFileName());
            checked++;
        }
        for (Reference r : x.references()) {
            assertEquals(r.text(), textAt(x, r.span()), "reference " + r + " in " + file.getFileName());
            checked++;
        }
        for (Commitment c : x.commitments()) {
            // the span is the item as written: list marker and spacing kept
            String at = vn.baocao.normalize.VietnameseText.collapseSpaces(
                    textAt(x, c.span()).replace('\n', ' '));
            assertTrue(
                    at.endsWith(c.text()), "commitment " + c + " reads back as «" + at + "» in " + file.getFileName());
            checked++;
        }
        assertTrue(checked > 0, "the report has figures or references");
    }

    /** The characters a span points at, read from the extraction's own texts. */
    static String textAt(Extraction x, Span s) {
        assertTrue(s.known() && s.block() >= 0, "span known: " + s);
        String text = switch (s.part()) {
            case TITLE -> section(x, s.section()).title();
            case BODY -> section(x, s.section()).bodyText();
            case PREAMBLE -> join(x.tree().preamble());
            case CLOSING -> join(x.tree().closing());
            case FOOTNOTE -> x.document().footnotes().get(s.block()).text();
        };
        return text.substring(s.start(), s.end());
    }

    private static Section section(Extraction x, String path) {
        return x.tree().sections().stream()
                .filter(s -> s.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    private static String join(List<Block> blocks) {
        return String.join("\n", blocks.stream().map(Block::text).toList());
    }
}
