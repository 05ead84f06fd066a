package vn.baocao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.cli.ExtractionJson;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.normalize.LegacyEncoding;
import vn.baocao.read.LegacyRenditions;
import vn.baocao.read.ReportReader;
import vn.baocao.rules.RuleSet;

/**
 * Reports typed before Unicode: VNI and TCVN3 renditions of the annotated corpus reports extract exactly
 * as well as their Unicode originals, scored against the gold.
 */
class LegacyEncodedReportTest {

    static final ReportExtractor EXTRACTOR = new ReportExtractor(RuleSet.defaults());

    @TempDir
    Path dir;

    static GoldScore score(Path gold, Path file) throws Exception {
        GoldScore s = new GoldScore();
        s.add(
                file.getFileName().toString(),
                new ObjectMapper().readTree(gold.toFile()),
                ExtractionJson.toJson(EXTRACTOR.extract(file)));
        return s;
    }

    static void assertAsGood(GoldScore unicode, GoldScore legacy) {
        for (String cat : List.of("sections", "references", "figures")) {
            assertTrue(
                    legacy.f1(cat) >= unicode.f1(cat) - 1e-9,
                    cat + " F1 " + legacy.f1(cat) + " < Unicode " + unicode.f1(cat) + "\n" + legacy.details());
        }
        assertTrue(
                legacy.metadataAccuracy() >= unicode.metadataAccuracy() - 1e-9,
                "metadata " + legacy.metadataAccuracy() + " < " + unicode.metadataAccuracy() + "\n" + legacy.details());
    }

    interface Rendition {
        void write(Path unicode, Path out) throws Exception;
    }

    /** Makes the legacy rendition of a report's Unicode file and scores both against the gold. */
    void assertRenditionAsGood(String report, Path unicode, String name, Rendition rendition) throws Exception {
        Path gold = ProjectFiles.path("corpus/gold/" + report + ".json");
        Path legacy = dir.resolve(report + name);
        rendition.write(unicode, legacy);
        assertAsGood(score(gold, unicode), score(gold, legacy));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_442b549b8d9bf7bd", "002_4b8e4a4480cf88e8", "003_bf6a6dcb66bb9229"})
    void vniTxtExtractsAsTheUnicodeOne(String report) throws Exception {
        assertRenditionAsGood(report, ProjectFiles.path("corpus/" + report + ".txt"), "-vni.txt", (unicode, vni) -> {
            LegacyRenditions.txt(unicode, vni, LegacyEncoding.VNI);
            assertTrue(
                    Files.readString(vni, java.nio.charset.Charset.forName("windows-1252"))
                            .contains("Thöïc hieän"),
                    "the rendition really is VNI");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_442b549b8d9bf7bd", "002_4b8e4a4480cf88e8", "003_bf6a6dcb66bb9229"})
    void tcvn3DocxExtractsAsTheUnicodeOne(String report) throws Exception {
        assertRenditionAsGood(
                report,
                ProjectFiles.path("corpus/docx/" + report + ".docx"),
                "-tcvn3.docx",
                LegacyRenditions::tcvn3Docx);
    }

    /**
     * The committed Word renditions (corpus/make-legacy.sh: LibreOffice's DOC and RTF of the legacy DOCX).
     * DOC and RTF carry the font table, not our per-run conversion: TCVN3 capitals typed in .VnTimeH inside
     * running text ("Ủy ban" at the start of a name) come back in lower case, which costs the issuer
     * fields (2 of the 12 metadata fields); everything else must match the Unicode rendition.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tcvn3.docx", "vni.docx", "tcvn3.doc", "vni.doc", "tcvn3.rtf", "vni.rtf"})
    void committedWordRenditionsExtractAsTheUnicodeOnes(String kind) throws Exception {
        String report = "000_442b549b8d9bf7bd";
        String format = kind.substring(kind.indexOf('.') + 1);
        Path gold = ProjectFiles.path("corpus/gold/" + report + ".json");
        GoldScore unicode = score(gold, ProjectFiles.path("corpus/" + format + "/" + report + "." + format));
        GoldScore legacy = score(gold, ProjectFiles.path("corpus/legacy/" + report + "." + kind));
        boolean capitalsLost = kind.startsWith("tcvn3") && !format.equals("docx");
        for (String cat : List.of("sections", "references", "figures")) {
            assertTrue(
                    legacy.f1(cat) >= unicode.f1(cat) - 1e-9,
                    kind + " " + cat + " F1 " + legacy.f1(cat) + " < Unicode " + unicode.f1(cat) + "\n"
                            + legacy.details());
        }
        assertTrue(
                legacy.metadataAccuracy() >= unicode.metadataAccuracy() - (capitalsLost ? 2.0 / 12 : 0) - 1e-9,
                kind + " metadata " + legacy.metadataAccuracy() + "\n" + legacy.details());
    }

    /** Without the fonts (a TXT), TCVN3 is found by its characters; capitals typed in .VnTimeH come back. */
    @Test
    void tcvn3TxtDetectedByCharacters() throws Exception {
        Path tcvn3 = dir.resolve("tcvn3.txt");
        LegacyRenditions.txt(ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt"), tcvn3, LegacyEncoding.TCVN3);
        var doc = new ReportReader(RuleSet.defaults()).read(tcvn3);
        String text =
                String.join("\n", doc.paragraphs().stream().map(p -> p.text()).toList());
        assertTrue(text.contains("Thực hiện công văn số 2119/PNV ngày 13 tháng 9 năm 2023"), text.substring(0, 300));
        assertTrue(text.contains("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"), text.substring(0, 600));
    }

    /** Unicode reports are never converted: every corpus TXT reads identically with and without detection. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "000_442b549b8d9bf7bd",
                "001_d021599fae0810fe",
                "002_4b8e4a4480cf88e8",
                "003_bf6a6dcb66bb9229",
                "004_4b8c83fab6bed537"
            })
    void unicodeIsNeverConverted(String report) throws Exception {
        String text = Files.readString(ProjectFiles.path("corpus/" + report + ".txt"));
        assertEquals(null, LegacyEncoding.detect(text, null));
        assertEquals(null, LegacyEncoding.detect(text, LegacyEncoding.TCVN3), "even with a .VnTime font hint");
        for (String line : text.split("\n")) {
            assertEquals(null, LegacyEncoding.detect(line, LegacyEncoding.VNI), line);
        }
        JsonNode a = ExtractionJson.toJson(EXTRACTOR.extract(ProjectFiles.path("corpus/" + report + ".txt")));
        assertTrue(a.get("sections").size() > 0);
    }
}
