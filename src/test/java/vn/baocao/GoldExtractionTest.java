package vn.baocao;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.cli.ExtractionJson;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/**
 * Scores {@code extract --json} against the hand-checked gold annotations (corpus/gold, copied from
 * the project's shared material) on every rendition of each annotated report: TXT, DOCX and PDF.
 */
class GoldExtractionTest {

    static final Path CORPUS = ProjectFiles.path("corpus");
    static ReportExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = new ReportExtractor(RuleSet.defaults());
    }

    static List<Path> goldFiles() throws Exception {
        try (Stream<Path> s = Files.list(CORPUS.resolve("gold"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static Path rendition(Path gold, String format) {
        String base = gold.getFileName().toString().replace(".json", "");
        return format.equals("txt")
                ? CORPUS.resolve(base + ".txt")
                : CORPUS.resolve(format).resolve(base + "." + format);
    }

    static GoldScore score(String format) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        GoldScore score = new GoldScore();
        for (Path g : goldFiles()) {
            JsonNode gold = mapper.readTree(g.toFile());
            JsonNode pred = ExtractionJson.toJson(extractor.extract(rendition(g, format)));
            score.add(g.getFileName() + "@" + format, gold, pred);
        }
        return score;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"txt", "docx", "doc"})
    void sectionsAndMetadataMatchGold(String format) throws Exception {
        GoldScore s = score(format);
        assertTrue(
                s.f1("sections") >= 0.97, "sections F1 " + s.f1("sections") + " from " + format + "\n" + s.details());
        assertTrue(
                s.metadataAccuracy() >= 0.95,
                "metadata accuracy " + s.metadataAccuracy() + " from " + format + "\n" + s.details());
    }

    /** Issue 3's bar: references and figures from TXT, DOCX, DOC and PDF alike. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"txt", "docx", "doc", "pdf"})
    void referencesAndFiguresMatchGold(String format) throws Exception {
        GoldScore s = score(format);
        assertTrue(
                s.f1("references") >= 0.97,
                "references F1 " + s.f1("references") + " from " + format + "\n" + s.details());
        assertTrue(
                s.f1("references.symbol") >= 0.98,
                "references.symbol F1 " + s.f1("references.symbol") + " from " + format + "\n" + s.details());
        assertTrue(s.f1("figures") >= 0.93, "figures F1 " + s.f1("figures") + " from " + format + "\n" + s.details());
    }

    /** PDF: tables are rebuilt from the ruling lines the PDF draws, so numbered table rows are not headings. */
    @org.junit.jupiter.api.Test
    void pdfRendition() throws Exception {
        GoldScore s = score("pdf");
        assertTrue(s.metadataAccuracy() >= 0.95, "metadata accuracy " + s.metadataAccuracy() + "\n" + s.details());
        assertTrue(s.f1("sections") >= 0.97, "sections F1 " + s.f1("sections") + "\n" + s.details());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"odt", "rtf"})
    void otherWordProcessorFormatsReadAlike(String format) throws Exception {
        Path gold = CORPUS.resolve("gold/000_442b549b8d9bf7bd.json");
        GoldScore s = new GoldScore();
        s.add(
                format,
                new ObjectMapper().readTree(gold.toFile()),
                ExtractionJson.toJson(extractor.extract(rendition(gold, format))));
        assertTrue(s.f1("sections") >= 0.97, "sections F1 " + s.f1("sections") + "\n" + s.details());
        assertTrue(s.metadataAccuracy() >= 0.95, "metadata " + s.metadataAccuracy() + "\n" + s.details());
    }
}
