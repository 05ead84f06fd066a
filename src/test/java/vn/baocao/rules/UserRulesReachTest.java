package vn.baocao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.draft.DraftBuilder;
import vn.baocao.extract.DocumentTypes;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.read.TxtTestDocs;

/**
 * A user's rules folder ({@code --rules DIR}) reaches the stages that read layout cues: one added cue line changes
 * what the section parser puts in the closing, what the metadata extractor calls a draft and what the draft carries
 * as its closing; one added document
 * type is named in a search query.
 */
class UserRulesReachTest {

    @TempDir
    Path dir;

    private static final String REPORT = """
            ỦY BAN NHÂN DÂN
            XÃ TIÊN ĐỘNG

            Số: 125/BC-UBND

            Tiên Động, ngày 08 tháng 9 năm 2023

            BẢN NHÁP

            BÁO CÁO
            Công tác cải cách hành chính quý III/2023

            I. KẾT QUẢ

            Nội dung.

            Kính trình các cấp xem xét.
            """;

    @Test
    void anAddedClosingCueAndDraftMarkChangeTheExtraction() throws Exception {
        Extraction before = new ReportExtractor(RuleSet.defaults()).extract(TxtTestDocs.parse(REPORT));
        assertFalse(before.metadata().draft());
        assertTrue(before.tree().closing().isEmpty(), before.tree().closing()::toString);

        Files.writeString(dir.resolve(LayoutCues.FILE), "closing\tKính trình\ndraft-mark\tBẢN NHÁP\n");
        Extraction after = new ReportExtractor(RuleSet.load(dir)).extract(TxtTestDocs.parse(REPORT));
        assertTrue(after.metadata().draft(), "metadata: the user's draft mark");
        assertEquals(1, after.tree().closing().size(), "sections: the user's closing cue");
        assertTrue(after.tree().closing().getFirst().text().startsWith("Kính trình"));
        assertEquals(
                before.tree().sections().getFirst().blocks().size() - 1,
                after.tree().sections().getFirst().blocks().size());
    }

    @Test
    void theDraftCarriesTheClosingOfTheUsersCue() throws Exception {
        Files.writeString(dir.resolve(LayoutCues.FILE), "closing\tKính trình\n");
        RuleSet user = RuleSet.load(dir);
        Extraction base = new ReportExtractor(user).extract(TxtTestDocs.parse(REPORT));
        Period next = Period.quarter(4, 2023);
        assertTrue(
                new DraftBuilder(RuleSet.defaults())
                        .build(base, null, next)
                        .closing()
                        .isEmpty(),
                "the built-in cues carry no closing");
        var closing = new DraftBuilder(user).build(base, null, next).closing();
        assertEquals(1, closing.size(), closing::toString);
        assertTrue(closing.getFirst().text().startsWith("Kính trình"), closing::toString);
    }

    @Test
    void anAddedDocumentTypeIsNamedInAQuery() throws Exception {
        String query = "phieu thu nghiem so 12";
        assertTrue(
                new DocumentSymbols(RuleSet.defaults()).mentionsInQuery(query).isEmpty());
        Files.writeString(dir.resolve(DocumentTypes.FILE), "PTN\tPhiếu thử nghiệm\tadministrative\n");
        var mentions = new DocumentSymbols(RuleSet.load(dir)).mentionsInQuery(query);
        assertEquals(1, mentions.size(), mentions::toString);
        assertEquals("PTN:12", mentions.getFirst().key());
    }
}
