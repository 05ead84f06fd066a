package vn.baocao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {

    @Test
    void userFolderLinesComeAfterBuiltInOnesAndCommentsAreSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("test-only.tsv"), "# a comment\n\nGCN\tGiấy chứng nhận\n  X \t  Y  \n");
        List<RuleLine> lines = RuleSet.load(dir).lines("test-only.tsv");
        assertEquals(2, lines.size());
        assertEquals(List.of("GCN", "Giấy chứng nhận"), lines.get(0).fields());
        assertEquals(3, lines.get(0).line());
        assertEquals("Y", lines.get(1).field(1));
        assertTrue(RuleSet.defaults().lines("no-such-file.tsv").isEmpty());
    }

    @Test
    void malformedLinesNameFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("patterns.tsv"), "ok\t[0-9]+\nbroken\t([0-9]+\nshort\n");
        List<RuleLine> lines = RuleSet.load(dir).lines("patterns.tsv");
        Pattern p = RuleSet.regex(lines.get(0), 1, 0);
        assertTrue(p.matcher("75").matches());
        RuleException bad = assertThrows(RuleException.class, () -> RuleSet.regex(lines.get(1), 1, 0));
        assertTrue(bad.getMessage().contains("patterns.tsv") && bad.getMessage().contains("dòng 2"), bad.getMessage());
        RuleException missing =
                assertThrows(RuleException.class, () -> lines.get(2).field(1));
        assertTrue(
                missing.getMessage().contains("dòng 3") && missing.getMessage().contains("thiếu cột"),
                missing.getMessage());
    }

    @Test
    void aMissingUserFolderIsAnError(@TempDir Path dir) {
        RuleException e = assertThrows(RuleException.class, () -> RuleSet.load(dir.resolve("khong-co")));
        assertTrue(e.getMessage().contains("khong-co"));
    }
}
