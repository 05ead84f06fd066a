package vn.baocao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.extract.Passage;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReferenceExtractor;

/** The layout cues and the reference word lists, read from the rule files. */
class LayoutCuesTest {

    @TempDir
    Path dir;

    @Test
    void theMottoIsFoundWithEitherTonePlacementAndWithoutDiacritics() {
        Pattern motto = RuleSet.defaults()
                .layoutCues()
                .pattern("^\\s*", "motto", "", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String l : List.of(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Cộng hòa xã hội chủ nghĩa Việt Nam",
                "CONG HOA XA HOI CHU NGHIA VIET NAM")) {
            assertTrue(motto.matcher(l).find(), l);
        }
        assertFalse(motto.matcher("ỦY BAN NHÂN DÂN TỈNH").find());
    }

    @Test
    void aCueIsOneAlternationInFileOrder() {
        Pattern signer = RuleSet.defaults().layoutCues().pattern("^(", "signer-title", ")$", 0);
        var m = signer.matcher("PHÓ CHỦ TỊCH");
        assertTrue(m.matches());
        assertEquals("PHÓ CHỦ TỊCH", m.group(1));
        assertTrue(signer.matcher("GIÁM ĐỐC").matches());
        assertFalse(signer.matcher("CHUYÊN VIÊN").matches());
    }

    @Test
    void anUnknownCueNamesTheFile() {
        RuleException e = assertThrows(
                RuleException.class, () -> RuleSet.defaults().layoutCues().of("khong-co"));
        assertTrue(e.getMessage().contains(LayoutCues.FILE), e.getMessage());
    }

    @Test
    void theIssuerOfACitationEndsAtAnIssuerEndWordAUserMayAdd() throws Exception {
        String text =
                "Thực hiện Kế hoạch số 75/KH-UBND ngày 10/01/2025 của UBND tỉnh Lâm Đồng bàn về công tác năm 2025.";
        Reference before = only(new ReferenceExtractor(RuleSet.defaults()), text);
        assertEquals("UBND tỉnh Lâm Đồng bàn", before.issuer());
        Files.writeString(dir.resolve(ReferenceExtractor.CONTEXTS_FILE), "issuer-end\tbàn\n");
        Reference after = only(new ReferenceExtractor(RuleSet.load(dir)), text);
        assertEquals("UBND tỉnh Lâm Đồng", after.issuer());
    }

    @Test
    void anIssuerEndPhraseEndsTheIssuerOnlyWhenWhole() throws Exception {
        // built-in "ban hành": the verb after the issuer, then the date; "ban" alone belongs to "Ủy ban"
        Reference r = only(
                new ReferenceExtractor(RuleSet.defaults()),
                "Thực hiện Quyết định số 12/QĐ-UBND của Sở Nội vụ ban hành ngày 10/01/2025.");
        assertEquals("Sở Nội vụ", r.issuer());
        assertEquals("2025-01-10", r.date());
        assertEquals(
                "Ủy ban nhân dân tỉnh Lâm Đồng",
                only(
                                new ReferenceExtractor(RuleSet.defaults()),
                                "Thực hiện Kế hoạch số 75/KH-UBND của Ủy ban nhân dân tỉnh Lâm Đồng về công tác năm 2025.")
                        .issuer());
        // a phrase a user adds
        String text = "Thực hiện Kế hoạch số 75/KH-UBND của UBND tỉnh Lâm Đồng bàn giao công tác năm 2025.";
        Files.writeString(dir.resolve(ReferenceExtractor.CONTEXTS_FILE), "issuer-end\tbàn giao\n");
        assertEquals(
                "UBND tỉnh Lâm Đồng",
                only(new ReferenceExtractor(RuleSet.load(dir)), text).issuer());
        assertEquals(
                "UBND tỉnh Lâm Đồng bàn",
                only(
                                new ReferenceExtractor(RuleSet.load(dir)),
                                "Thực hiện Kế hoạch số 75/KH-UBND của UBND tỉnh Lâm Đồng bàn về công tác năm 2025.")
                        .issuer());
    }

    @Test
    void aBadWordListKindIsReportedWithItsLine() throws Exception {
        Files.writeString(dir.resolve(ReferenceExtractor.CONTEXTS_FILE), "# x\nissuer-stop\tbàn\n");
        RuleException e = assertThrows(RuleException.class, () -> new ReferenceExtractor(RuleSet.load(dir)));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("issuer-end"), e.getMessage());
    }

    private static Reference only(ReferenceExtractor x, String text) {
        List<Reference> found = x.extract(new Passage(text, 1, "I"));
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }
}
