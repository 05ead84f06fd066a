package vn.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.ProjectFiles;
import vn.baocao.rules.RuleSet;

class CommitmentExtractorTest {

    static final ReportExtractor EXTRACTOR = new ReportExtractor(RuleSet.defaults());

    @Test
    void listItemsUnderTheDirectionsSectionAndItsSubsections() throws Exception {
        List<Commitment> c = EXTRACTOR
                .extract(ProjectFiles.path("corpus/001_d021599fae0810fe.txt"))
                .commitments();
        // III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI: 7 sub-sections with 22 dash items; the
        // introduction "… như sau:" is not a commitment
        assertEquals(22, c.size(), c.toString());
        assertTrue(
                c.stream().allMatch(x -> x.kind().equals("task") && x.section().startsWith("III.")));
        assertEquals(
                "Tiếp tục tham mưu UBND huyện tiếp tục triển khai thực hiện các nhiệm vụ theo kế hoạch CCHC của UBND tỉnh, huyện.",
                c.get(0).text());
        assertTrue(c.stream().noneMatch(x -> x.text().endsWith(":")));
    }

    @Test
    void numberedItemsOfATasksSectionForTheNextQuarter() throws Exception {
        List<Commitment> c = EXTRACTOR
                .extract(ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt"))
                .commitments();
        assertEquals(5, c.size(), c.toString());
        assertTrue(
                c.get(2).text().startsWith("Nâng cao chất lượng thực hiện giải quyết thủ tục hành chính"),
                c.get(2).text());
    }

    @Test
    void pledgesOutsideTheDirectionsSection() throws Exception {
        List<Commitment> c = EXTRACTOR
                .extract(ProjectFiles.path("corpus/004_4b8c83fab6bed537.txt"))
                .commitments();
        List<Commitment> pledges =
                c.stream().filter(x -> x.kind().equals("pledge")).toList();
        assertEquals(1, pledges.size(), pledges.toString());
        assertTrue(
                pledges.get(0).text().startsWith("Với quyết tâm hành động"),
                pledges.get(0).text());
        assertTrue(
                c.stream().anyMatch(x -> x.kind().equals("task") && x.section().equals("IV")));
        // a report about a commitment document ("Bản cam kết số 06/CK-BCĐ") pledges nothing by citing it
        assertTrue(EXTRACTOR.extract(ProjectFiles.path("corpus/002_4b8e4a4480cf88e8.txt")).commitments().stream()
                .noneMatch(x -> x.kind().equals("pledge")));
    }

    @Test
    void pledgePhrasesAreTokensRegexRules(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        CommitmentExtractor c = new CommitmentExtractor(vn.baocao.rules.RuleSet.defaults());
        assertTrue(c.isPledge(
                "Chủ tịch UBND Phường cam kết với Chủ tịch UBND Thành phố hoàn thành 100% chỉ tiêu năm 2025."));
        assertTrue(c.isPledge("Đơn vị cam kết thực hiện đúng thời hạn giải quyết hồ sơ."));
        assertTrue(!c.isPledge(
                "Thực hiện Bản cam kết số 06/CK-BCĐ ngày 26/01/2024 giữa Trưởng ban chỉ đạo và Chủ tịch UBND phường."));
        assertTrue(!c.isPledge("Kết quả thực hiện cam kết năm 2024 đạt 100% các nội dung cam kết."));
        assertTrue(!c.isPledge("Tổ chức hội nghị triển khai kế hoạch năm 2025."));
        java.nio.file.Files.writeString(
                dir.resolve(CommitmentExtractor.FILE),
                "# this office: a pledge to a superior is reported elsewhere\nnot-to-superior\t[{word:/(?i)cam/}] [{word:/(?i)kết/}] [{word:/(?i)với/}]\n");
        CommitmentExtractor mine = new CommitmentExtractor(vn.baocao.rules.RuleSet.load(dir));
        assertTrue(!mine.isPledge(
                "Chủ tịch UBND Phường cam kết với Chủ tịch UBND Thành phố hoàn thành 100% chỉ tiêu năm 2025."));
        assertTrue(mine.isPledge("Đơn vị cam kết thực hiện đúng thời hạn giải quyết hồ sơ."));
    }
}
