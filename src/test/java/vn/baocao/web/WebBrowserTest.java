package vn.baocao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baocao.ProjectFiles;

/**
 * End-to-end: {@code baocao serve} on a free loopback port over real corpus reports, driven by headless
 * Debian Chromium through Selenium. Every page is also saved as a 1366×768 screenshot into
 * {@code -Dbaocao.screenshots=DIR} (default {@code target/screenshots}; see {@code scripts/screenshots.sh}).
 * Skipped, with the reason, only when chromium or chromedriver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserTest {

    static WebFixture web;
    static WebDriver browser;
    static Path profile;
    static Path downloads;
    static Path shots;
    static boolean realPresent;

    static final List<String> REAL = List.of(
            "01_lamdong-ubnd_bc-cchc-nam2025.docx",
            "02_lamdong-ubnd_bc-cchc-nam2025_so329.pdf",
            "04_lamdong-bcd-de-an-06_thang08-2025.docx",
            "05_lamdong-bcd-de-an-06_thang09-2025.docx");

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> driver = onPath("chromedriver");
        Assumptions.assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "chromium và chromedriver chưa được cài (scripts/setup-debian.sh): bỏ qua kiểm thử trình duyệt");
        Path tmp = Files.createTempDirectory("baocao-browser-");
        List<Path> reports = new java.util.ArrayList<>(List.of(
                ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt"),
                ProjectFiles.path("corpus/002_4b8e4a4480cf88e8.txt"),
                ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt"),
                ProjectFiles.path("corpus/004_4b8c83fab6bed537.txt"),
                WebFixture.reportWithScript(tmp)));
        // the real reports beside the project, when there: the UBND tỉnh's annual report as pre-issue DOCX and
        // signed PDF (two versions of one report, statistics tables) and the Ban Chỉ đạo's two monthly reports
        Path real = ProjectFiles.root().getParent().resolve("shared/real");
        for (String name : REAL) {
            if (Files.isRegularFile(real.resolve(name))) {
                reports.add(real.resolve(name));
            }
        }
        realPresent = reports.size() == 5 + REAL.size();
        web = new WebFixture(reports, null, 50L * 1024 * 1024);
        profile = Files.createDirectories(tmp.resolve("profile"));
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        shots = Files.createDirectories(Path.of(System.getProperty(
                "baocao.screenshots", ProjectFiles.path("target", "screenshots").toString())));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.get().toFile());
        o.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1366,768",
                "--lang=vi",
                "--user-data-dir=" + profile);
        o.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, o);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    static Optional<Path> onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static void open(String path) {
        browser.get(web.url(path));
    }

    static void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve(name + ".png"), png);
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(120));
    }

    @Test
    @Order(1)
    void searchWithoutDiacriticsFindsThePlanAndOpensTheHit() throws Exception {
        open("/");
        shot("01-trang-chu");
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("ke hoach 75");
        box.submit();
        waiting().until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        assertTrue(
                browser.getCurrentUrl().contains("q=ke+hoach+75")
                        || browser.getCurrentUrl().contains("q=ke%20hoach%2075"),
                "the URL carries the query: " + browser.getCurrentUrl());
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
        assertTrue(hits.get(0).getText().contains("Hòa Thuận"), hits.get(0).getText());
        assertTrue(hits.get(0).findElements(By.tagName("mark")).stream()
                .anyMatch(m -> m.getText().equals("75")));
        // report 000 as TXT and as DOCX are two versions of one report: one hit, with title, number and date
        assertEquals(
                1, hits.stream().filter(h -> h.getText().contains("Hòa Thuận")).count(), "versions grouped");
        assertEquals(
                "Cải cách hành chính Quý 1 năm 2025",
                hits.get(0).findElement(By.cssSelector("a.hit-link")).getText());
        String info = hits.get(0).findElement(By.cssSelector(".hit-thong-tin")).getText();
        assertTrue(
                info.contains("/BC-UBND") && info.contains("ngày 15/03/2025") && info.contains("Quý I năm 2025"), info);
        assertFalse(hits.get(0).findElements(By.cssSelector(".phien-ban a")).isEmpty(), "the other version is linked");
        // facets with counts
        List<WebElement> units = browser.findElements(By.cssSelector(".loc li .dem"));
        assertFalse(units.isEmpty());
        shot("02-tim-kiem");
        hits.get(0).findElement(By.cssSelector("a.hit-link")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/bao-cao/"));
        WebElement section = browser.findElement(By.id(browser.getCurrentUrl().replaceFirst(".*#", "")));
        assertTrue(section.getText().contains("75/KH-UBND"), section.getText());
        assertFalse(browser.findElements(By.cssSelector(".muc-luc a")).isEmpty(), "the outline");
        shot("03-bao-cao");
    }

    @Test
    @Order(2)
    void aScriptInAReportIsShownAsText() throws Exception {
        open("/?q=" + java.net.URLEncoder.encode("document.title", StandardCharsets.UTF_8));
        waiting().until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        browser.findElement(By.cssSelector(".hit a.hit-link")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/bao-cao/"));
        assertTrue(
                browser.findElement(By.tagName("body")).getText().contains(WebFixture.SCRIPT),
                "the <script> of the report is visible as text");
        assertNotEquals("pwned", browser.getTitle());
    }

    @Test
    @Order(3)
    void documentPageListsTheCitingReports() throws Exception {
        open("/?q=75%2FKH-UBND");
        waiting().until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        browser.findElement(By.cssSelector(".hit a.hit-link")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("a.van-ban")).isEmpty());
        browser.findElements(By.cssSelector("a.van-ban")).stream()
                .filter(a -> a.getText().equals("75/KH-UBND"))
                .findFirst()
                .orElseThrow()
                .click();
        waiting().until(d -> d.getCurrentUrl().contains("/van-ban/75/KH-UBND"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("75/KH-UBND"));
        String info = browser.findElement(By.cssSelector(".thong-tin")).getText();
        assertTrue(info.contains("Kế hoạch") && info.contains("ngày 24/01/2025"), info);
        List<WebElement> timeline = browser.findElements(By.cssSelector(".dong-thoi-gian li"));
        assertEquals(1, timeline.size(), "report 000 as TXT and as DOCX, two versions of one report, are one row");
        String row = timeline.get(0).getText();
        assertTrue(
                row.contains("Hòa Thuận")
                        && row.contains("ngày 15/03/2025")
                        && row.contains("2 phiên bản")
                        && row.contains("/BC-UBND"),
                row);
        shot("04-van-ban");
    }

    @Test
    @Order(4)
    void figuresPageDrawsAChartAndOffersCsv() throws Exception {
        open("/so-lieu");
        List<String> suggestions = browser.findElements(By.cssSelector("#goi-y option")).stream()
                .map(e -> e.getAttribute("value"))
                .filter(v -> v.codePoints().filter(Character::isLetter).count() >= 5)
                .toList();
        assertFalse(suggestions.isEmpty(), "subject suggestions");
        WebElement subject = browser.findElement(By.name("subject"));
        subject.sendKeys(suggestions.get(0));
        browser.findElement(By.cssSelector(".so-lieu-form button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#bieu-do circle")).isEmpty());
        int dots = browser.findElements(By.cssSelector("#bieu-do circle")).size();
        int rows =
                browser.findElements(By.cssSelector(".bang-so-lieu tbody tr")).size();
        assertTrue(rows >= dots && dots > 0, dots + " dots, " + rows + " rows");
        assertFalse(browser.findElements(By.cssSelector("#bieu-do polyline")).isEmpty());
        String unit =
                browser.findElement(By.cssSelector("#bieu-do .don-vi-truc")).getText();
        assertFalse(unit.isBlank(), "the axis says the unit");
        assertTrue(browser.findElement(By.cssSelector(".bieu-do figcaption"))
                .getText()
                .contains("Đơn vị đo: " + unit));
        shot("05-so-lieu");
        String csvHref = browser.findElement(By.id("tai-csv")).getAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(csvHref)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode());
        assertEquals(rows + 1, csv.body().strip().split("\n").length, "header plus one line per table row");
    }

    @Test
    @Order(5)
    void commitmentsPageListsWhatAUnitPromised() throws Exception {
        open("/cam-ket");
        new Select(browser.findElement(By.name("unit"))).selectByVisibleText("UBND phường Hòa Thuận");
        browser.findElement(By.cssSelector("form.hang button")).click();
        waiting()
                .until(d -> !d.findElements(By.cssSelector("table.cam-ket tbody tr"))
                        .isEmpty());
        assertTrue(
                browser.findElement(By.cssSelector("table.cam-ket")).getText().contains("Hòa Thuận"));
        shot("06-cam-ket");
    }

    @Test
    @Order(6)
    void draftPageShowsTheBaseAndDownloadsADocxThatOpens() throws Exception {
        open("/du-thao");
        new Select(browser.findElement(By.name("unit"))).selectByVisibleText("UBND phường Hòa Thuận");
        browser.findElement(By.name("period")).sendKeys("Q2/2025");
        browser.findElement(By.cssSelector("form.hang button")).click();
        waiting().until(d -> !d.findElements(By.id("bao-cao-goc")).isEmpty());
        assertTrue(browser.findElement(By.id("bao-cao-goc")).getText().contains("Quý I năm 2025"));
        shot("07-du-thao");
        browser.findElement(By.id("tai-docx")).click();
        Path docx = waiting().until(d -> {
            try (Stream<Path> s = Files.list(downloads)) {
                return s.filter(p -> p.toString().endsWith(".docx")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument doc = new XWPFDocument(in)) {
            String text = String.join(
                    "\n",
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(
                    text.matches("(?s).*[Qq]uý (II|2) năm 2025.*"),
                    "the draft is for Q2: " + text.substring(0, Math.min(400, text.length())));
            // the figure checks of the carried figures are Word comments of their own
            List<String> checks = doc.getDocComments().getComments().stream()
                    .filter(c -> vn.baocao.check.FindingComments.AUTHOR.equals(c.getAuthor()))
                    .map(c -> c.getText())
                    .toList();
            assertTrue(
                    checks.stream().anyMatch(c -> c.contains("5.090/5.370 hồ sơ") && c.contains("15,5%")),
                    checks.toString());
        }
    }

    @Test
    @Order(8)
    void reportPageShowsTheFigureChecks() throws Exception {
        open("/?q=ke+hoach+75");
        waiting().until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        browser.findElement(By.cssSelector(".hit a.hit-link")).click();
        waiting().until(d -> !d.findElements(By.id("kiem-tra")).isEmpty());
        WebElement panel = browser.findElement(By.id("kiem-tra"));
        List<WebElement> findings = panel.findElements(By.cssSelector(".phat-hien > li"));
        assertEquals(6, findings.size(), panel.getText());
        assertTrue(panel.getText().contains("5.090/5.370 hồ sơ là 94,79% nhưng tỷ lệ ghi 15,5%"), panel.getText());
        // a place in the text links to its section
        WebElement place = panel.findElement(By.cssSelector(".phat-hien-ratio_percent a"));
        assertTrue(place.getAttribute("href").contains("#muc-II.2.c"), place.getAttribute("href"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", panel);
        shot("10-kiem-tra-so-lieu");
    }

    @Test
    @Order(9)
    void uploadedReportIsImportedAndListed() throws Exception {
        open("/nhap");
        shot("08-nhap");
        Path report = ProjectFiles.path("corpus/001_d021599fae0810fe.txt").toAbsolutePath();
        browser.findElement(By.id("tep")).sendKeys(report.toString());
        browser.findElement(By.id("gui")).click();
        waiting().until(d -> !d.findElements(By.id("ket-qua-nhap")).isEmpty());
        String results = browser.findElement(By.id("ket-qua-nhap")).getText();
        assertTrue(results.contains("001_d021599fae0810fe.txt") && results.contains("đã nhập"), results);
        shot("09-ket-qua-nhap");
        open("/");
        assertTrue(
                browser.findElement(By.cssSelector("table.bang")).getText().contains("Cù Lao Dung"),
                "the uploaded report is listed");
    }

    @Test
    @Order(8)
    void longQueriesAndUnknownPagesGetVietnamesePages() throws Exception {
        open("/?q=" + "chỉ số cải cách hành chính ".repeat(150)); // ~4 000 characters, within Jetty's limits
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("414"), browser.getPageSource());
        assertTrue(browser.findElement(By.id("thong-bao")).getText().contains("quá 500 ký tự"));
        shot("10-loi-414");
        open("/?q=" + "%E1%BB%87".repeat(9000)); // 81 000 characters: Jetty refuses it before the app sees it
        assertTrue(browser.getTitle().contains("Lỗi 414"), browser.getTitle());
        assertTrue(browser.findElement(By.id("thong-bao")).getText().contains("quá dài"));
        assertFalse(
                browser.findElements(By.cssSelector("link[href='/tai-nguyen/app.css']"))
                        .isEmpty(),
                "our page, our style");
        open("/khong-co-trang-nay");
        assertTrue(browser.findElement(By.id("thong-bao")).getText().contains("Không có trang này"));
        open("/?q=a&year=x");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("400"));
    }

    @Test
    @Order(9)
    void anEmptyImportSaysNoFileWasChosen() throws Exception {
        open("/nhap");
        browser.findElement(By.id("gui")).click();
        assertTrue(browser.findElement(By.id("trang-thai")).getText().contains("Chưa chọn tệp nào"));
        assertTrue(browser.findElements(By.id("ket-qua-nhap")).isEmpty(), "no file result, no file «tep»");
    }

    @Test
    @Order(10)
    void theHomeListFiltersAndSorts() throws Exception {
        open("/");
        new Select(browser.findElement(By.name("don-vi"))).selectByVisibleText("UBND phường Hòa Thuận");
        browser.findElement(By.cssSelector("#loc-danh-sach button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("don-vi="));
        List<WebElement> rows = browser.findElements(By.cssSelector("#danh-sach-bao-cao tbody tr"));
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertTrue(r.getText().contains("Hòa Thuận"), r.getText()));
        open("/?sap-xep=don-vi");
        List<String> units =
                browser.findElements(By.cssSelector("#danh-sach-bao-cao tbody tr td:nth-child(2)")).stream()
                        .map(WebElement::getText)
                        .toList();
        List<String> sorted = units.stream()
                .sorted(java.util.Comparator.comparing(vn.baocao.normalize.VietnameseText::matchKey))
                .toList();
        assertEquals(sorted, units);
        assertTrue(browser.findElement(By.cssSelector("#danh-sach-bao-cao thead"))
                .getText()
                .contains("Đơn vị ▲"));
    }

    @Test
    @Order(11)
    void chiSoFindsTheSignedReportOnceAndHighlightsOnlyItsWords() throws Exception {
        Assumptions.assumeTrue(realPresent, "../shared/real không có");
        open("/?q=" + java.net.URLEncoder.encode("chỉ số", StandardCharsets.UTF_8) + "&unit="
                + java.net.URLEncoder.encode("UBND tỉnh Lâm Đồng", StandardCharsets.UTF_8));
        waiting().until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
        for (WebElement mark : browser.findElements(By.cssSelector(".hit mark"))) {
            String key = vn.baocao.normalize.VietnameseText.matchKey(mark.getText());
            assertTrue(key.equals("chỉ") || key.equals("số"), "only the query's words are marked: " + mark.getText());
        }
        WebElement first = hits.get(0);
        String info = first.findElement(By.cssSelector(".hit-thong-tin")).getText();
        assertTrue(info.contains("329/BC-UBND") && info.contains("ngày 19/12/2025"), "the signed PDF first: " + info);
        assertTrue(
                first.findElement(By.cssSelector(".phien-ban")).getText().contains("DOCX"), "the DOCX as its version");
        List<String> keys = hits.stream()
                .map(h -> h.findElement(By.cssSelector("a.hit-link")).getAttribute("href"))
                .toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), "no hit twice: " + keys);
        shot("11-tim-chi-so");
        first.findElement(By.cssSelector("a.hit-link")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/bao-cao/"));
        WebElement section = browser.findElement(By.id(browser.getCurrentUrl().replaceFirst(".*#", "")));
        List<WebElement> marks = section.findElements(By.cssSelector("mark:not(.so-lieu)"));
        assertFalse(marks.isEmpty(), "the query's words are highlighted on the report page");
        for (WebElement m : marks) {
            String key = vn.baocao.normalize.VietnameseText.matchKey(m.getText());
            assertTrue(key.equals("chỉ") || key.equals("số"), m.getText());
        }
        assertTrue(browser.findElement(By.id("dang-to")).getText().contains("chỉ số"));
        shot("12-bao-cao-to-tu");
        // a statistics table of the report is a table, its figures marked in their cells
        WebElement table = browser.findElements(By.cssSelector("table.bang-bao-cao")).stream()
                .filter(t -> !t.findElements(By.cssSelector("td mark.so-lieu")).isEmpty())
                .findFirst()
                .orElseThrow();
        assertTrue(table.findElements(By.tagName("tr")).size() > 3);
        // references grouped by document with their count
        List<WebElement> refs = browser.findElements(By.cssSelector("#dan-chieu > li"));
        List<String> symbols = browser.findElements(By.cssSelector("#dan-chieu > li > a[href^='/van-ban/']")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(symbols.size(), symbols.stream().distinct().count(), "each document once: " + symbols);
        assertTrue(refs.stream()
                .anyMatch(r -> r.findElement(By.cssSelector(".dem")).getText().matches("[2-9]\\d* lần")));
    }

    @Test
    @Order(12)
    void aConfirmedCommitmentShowsInTheCommandLine() throws Exception {
        Assumptions.assumeTrue(realPresent, "../shared/real không có");
        open("/cam-ket");
        Select unit = new Select(browser.findElement(By.name("unit")));
        String name = unit.getOptions().stream()
                .map(WebElement::getText)
                .filter(t -> t.contains("Đề án 06"))
                .findFirst()
                .orElseThrow();
        unit.selectByVisibleText(name);
        browser.findElement(By.cssSelector("form.hang button")).click();
        waiting()
                .until(d -> !d.findElements(By.cssSelector("form.danh-gia button.xac-nhan"))
                        .isEmpty());
        WebElement row = browser.findElements(By.cssSelector("table.cam-ket tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("button.xac-nhan")).isEmpty())
                .findFirst()
                .orElseThrow();
        assertTrue(row.getText().contains("độ khớp"), "the match's score is shown: " + row.getText());
        String rowId = row.getAttribute("id");
        row.findElement(By.cssSelector("button.xac-nhan")).click();
        waiting().until(d -> d.findElement(By.id(rowId)).getText().contains("đã xác nhận"));
        shot("14-cam-ket-xac-nhan");
        String id = rowId.substring("cam-ket-".length()).replace('-', '.');
        vn.baocao.cli.CliRun r = vn.baocao.cli.CliRun.of(
                "commitments",
                "--unit",
                name,
                "--json",
                "--data",
                web.data.root().toString());
        assertEquals(0, r.code(), r.err());
        com.fasterxml.jackson.databind.JsonNode items =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        boolean confirmed = false;
        for (com.fasterxml.jackson.databind.JsonNode n : items.isArray() ? items : items.path("commitments")) {
            if (id.equals(n.path("id").asText())) {
                confirmed = "confirmed".equals(n.path("review").asText());
            }
        }
        assertTrue(confirmed, "the CLI shows the verdict given on the page for " + id + ": " + r.out());
    }

    @Test
    @Order(12)
    void aMonthlyDraftIsPreviewedOnTheDraftPage() throws Exception {
        Assumptions.assumeTrue(realPresent, "../shared/real không có");
        open("/du-thao");
        Select unit = new Select(browser.findElement(By.name("unit")));
        unit.selectByVisibleText(unit.getOptions().stream()
                .map(WebElement::getText)
                .filter(t -> t.contains("Đề án 06"))
                .findFirst()
                .orElseThrow());
        browser.findElement(By.name("period")).sendKeys("tháng 10/2025");
        browser.findElement(By.cssSelector("form.hang button")).click();
        waiting()
                .until(d -> !d.findElements(By.id("xem-truoc")).isEmpty()
                        || !d.findElements(By.cssSelector(".loi")).isEmpty());
        assertTrue(
                browser.findElements(By.cssSelector(".loi")).isEmpty(),
                browser.findElement(By.tagName("main")).getText());
        assertTrue(browser.findElement(By.id("bao-cao-goc")).getText().contains("tháng 9 năm 2025"));
        WebElement preview = browser.findElement(By.id("xem-truoc"));
        assertTrue(preview.getText().contains("tháng 10/2025"), "the period rolled forward");
        assertFalse(preview.findElements(By.tagName("mark")).isEmpty(), "figures to update marked");
        // the base can be chosen: the August report instead
        Select from = new Select(browser.findElement(By.name("from")));
        from.selectByVisibleText(from.getOptions().stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith("tháng 8"))
                .findFirst()
                .orElseThrow());
        browser.findElement(By.cssSelector("form.hang button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("from="));
        assertTrue(browser.findElement(By.id("bao-cao-goc")).getText().contains("tháng 8 năm 2025"));
        assertTrue(browser.findElement(By.id("tai-docx")).getAttribute("href").contains("from="));
        shot("13-du-thao-thang");
    }

    @Test
    @Order(13)
    void atFourHundredPixelsNothingScrollsSideways() throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(400, 860));
        try {
            List<String> pages = new java.util.ArrayList<>(List.of(
                    "/",
                    "/?q=ke+hoach+75",
                    "/van-ban/75/KH-UBND",
                    "/so-lieu",
                    "/cam-ket?unit=" + java.net.URLEncoder.encode("UBND phường Hòa Thuận", StandardCharsets.UTF_8),
                    "/du-thao",
                    "/nhap"));
            open("/?q=ke+hoach+75");
            String report = browser.findElement(By.cssSelector(".hit a.hit-link"))
                    .getAttribute("href")
                    .replaceFirst("^https?://[^/]+", "");
            pages.add(report);
            if (realPresent) {
                open("/?q=" + java.net.URLEncoder.encode("chỉ số", StandardCharsets.UTF_8));
                pages.add(browser.findElement(By.cssSelector(".hit a.hit-link"))
                        .getAttribute("href")
                        .replaceFirst("^https?://[^/]+", ""));
            }
            int n = 0;
            for (String page : pages) {
                open(page);
                Number scroll = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(scroll.intValue() <= 0, page + " scrolls sideways by " + scroll + " px");
                shot("400px-" + String.format("%02d", ++n));
            }
            // the skip link is the first thing the keyboard reaches
            open("/");
            WebElement skip = browser.findElement(By.cssSelector("a.bo-qua"));
            assertEquals("#noi-dung-chinh", skip.getAttribute("href").replaceFirst(".*(#.*)", "$1"));
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        }
    }
}
