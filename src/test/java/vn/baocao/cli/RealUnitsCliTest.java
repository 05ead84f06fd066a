package vn.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;

/**
 * {@code --unit} and {@code --period} through the command line over the real reports of ../shared/real (read at
 * test time, never copied): a Sở, a Ban Chỉ đạo and a Trung tâm by full name, short form, acronym, with and
 * without diacritics; a month; and a commitment's confirm/reject.
 */
class RealUnitsCliTest {

    @TempDir
    static Path dir;

    static String data;

    @BeforeAll
    static void importReal() throws Exception {
        Path real = ProjectFiles.root().getParent().resolve("shared/real");
        assumeTrue(Files.isDirectory(real), "no ../shared/real beside the project");
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var s = Files.list(real)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("(04|05|09|13)_.*"))
                    .toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        data = dir.resolve("data").toString();
        CliRun run = CliRun.of("import", in.toString(), "--data", data);
        assertEquals(0, run.code(), run.err());
    }

    static String reports(String unit) {
        CliRun run = CliRun.of("reports", "--unit", unit, "--data", data);
        assertEquals(0, run.code(), run.err());
        return run.out();
    }

    @Test
    void unitsOfEveryKindByNameShortFormAndAcronym() {
        for (String u : new String[] {"Sở Nội vụ", "so noi vu", "SNV", "Sở NV", "sở nội vụ tỉnh lâm đồng"}) {
            String out = reports(u);
            assertTrue(out.contains("Sở Nội vụ"), u + ": " + out);
            assertFalse(out.contains("Ban chỉ đạo") || out.contains("Trung tâm"), u + ": " + out);
        }
        for (String u : new String[] {"Ban Chỉ đạo", "ban chi dao", "BCĐ tỉnh", "bcd tinh"}) {
            String out = reports(u);
            assertEquals(2, out.lines().filter(l -> l.contains("Ban chỉ đạo")).count(), u + ": " + out);
            assertFalse(out.contains("Sở Nội vụ"), u + ": " + out);
        }
        for (String u : new String[] {"Trung tâm Xúc tiến", "trung tam xuc tien dau tu", "TTXT"}) {
            String out = reports(u);
            assertTrue(out.contains("Trung tâm Xúc tiến"), u + ": " + out);
            assertFalse(out.contains("Sở Nội vụ"), u + ": " + out);
        }
        assertFalse(reports("Sở Tư pháp").contains("Sở Nội vụ"));
    }

    @Test
    void aMonthAsThePeriodAndAVerdictOnACommitment() {
        CliRun month = CliRun.of("reports", "--unit", "BCĐ tỉnh", "--period", "tháng 9/2025", "--data", data);
        assertEquals(0, month.code(), month.err());
        assertTrue(month.out().contains("tháng 9") && !month.out().contains("tháng 8"), month.out());

        CliRun list = CliRun.of("commitments", "--unit", "ban chi dao", "--period", "tháng 8/2025", "--data", data);
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("báo cáo tại mục"), list.out());
        assertTrue(list.out().contains("vẫn còn trong phương hướng kỳ này"), list.out());
        String id = list.out()
                .lines()
                .filter(l -> l.startsWith("  • "))
                .findFirst()
                .orElseThrow()
                .substring(4)
                .split(" ")[0];
        CliRun confirm = CliRun.of("commitments", "--confirm", id, "--section", "II.8", "--data", data);
        assertEquals(0, confirm.code(), confirm.err());
        assertTrue(confirm.out().contains("mục II.8") && confirm.out().contains("đã xác nhận"), confirm.out());
        CliRun json = CliRun.of("commitments", "--unit", "BCĐ", "--period", "8/2025", "--json", "--data", data);
        assertTrue(
                json.out().contains("\"id\" : \"" + id + "\"") && json.out().contains("\"review\" : \"confirmed\""),
                json.out());
        CliRun bad = CliRun.of("commitments", "--confirm", id, "--section", "IX.9", "--data", data);
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("không có mục IX.9"), bad.err());
    }
}
