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

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> driver = onPath("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "chromium và chromedriver chưa được cài (scripts/setup-debian.sh): bỏ qua kiểm thử trình duyệt");
        Path tmp = Files.createTempDirectory("baocao-browser-");
        List<Path> reports = List.of(ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt"), ProjectFiles.path("corpus/002_4b8e4a4480cf88e8.txt"),
                ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt"), ProjectFiles.path("corpus/004_4b8c83fab6bed537.txt"),
                WebFixture.reportWithScript(tmp));
        web = new WebFixture(reports, null, 50L * 1024 * 1024);
        profile = Files.createDirectories(tmp.resolve("profile"));
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        shots = Files.createDirectories(Path.of(System.getProperty("baocao.screenshots", ProjectFiles.path("target", "screenshots").toString())));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.get().toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=vi", "--user-data-dir=" + profile);
        o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
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
        assertTrue(browser.getCurrentUrl().contains("q=ke+hoach+75") || browser.getCurrentUrl().contains("q=ke%20hoach%2075"),
                "the URL carries the query: " + browser.getCurrentUrl());
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
        assertTrue(hits.get(0).getText().contains("Hòa Thuận"), hits.get(0).getText());
        assertTrue(hits.get(0).findElements(By.tagName("mark")).stream().anyMatch(m -> m.getText().equals("75")));
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
        assertTrue(browser.findElement(By.tagName("body")).getText().contains(WebFixture.SCRIPT),
                "the <script> of the report is visible as text");
        assertNotEquals("pwned", browser.getTitle());
    }

    @Test
    @Order(3)
    void planPageListsTheCitingReports() throws Exception {
        open("/?q=75%2FKH-UBND");
        waiting().until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        browser.findElement(By.cssSelector(".hit a.hit-link")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("a.van-ban")).isEmpty());
        browser.findElements(By.cssSelector("a.van-ban")).stream().filter(a -> a.getText().equals("75/KH-UBND"))
                .findFirst().orElseThrow().click();
        waiting().until(d -> d.getCurrentUrl().contains("/van-ban/75/KH-UBND"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("75/KH-UBND"));
        String info = browser.findElement(By.cssSelector(".thong-tin")).getText();
        assertTrue(info.contains("Kế hoạch") && info.contains("2025-01-24"), info);
        List<WebElement> timeline = browser.findElements(By.cssSelector(".dong-thoi-gian li"));
        assertEquals(2, timeline.size(), "report 000 as TXT and as DOCX both cite it");
        shot("04-van-ban");
    }

    @Test
    @Order(4)
    void figuresPageDrawsAChartAndOffersCsv() throws Exception {
        open("/so-lieu");
        List<String> suggestions = browser.findElements(By.cssSelector("#goi-y option")).stream()
                .map(e -> e.getAttribute("value")).filter(v -> v.codePoints().filter(Character::isLetter).count() >= 5).toList();
        assertFalse(suggestions.isEmpty(), "subject suggestions");
        WebElement subject = browser.findElement(By.name("subject"));
        subject.sendKeys(suggestions.get(0));
        browser.findElement(By.cssSelector(".so-lieu-form button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#bieu-do circle")).isEmpty());
        int dots = browser.findElements(By.cssSelector("#bieu-do circle")).size();
        int rows = browser.findElements(By.cssSelector(".bang-so-lieu tbody tr")).size();
        assertTrue(rows >= dots && dots > 0, dots + " dots, " + rows + " rows");
        assertFalse(browser.findElements(By.cssSelector("#bieu-do polyline")).isEmpty());
        shot("05-so-lieu");
        String csvHref = browser.findElement(By.id("tai-csv")).getAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvHref)).build(),
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
        waiting().until(d -> !d.findElements(By.cssSelector("table.cam-ket tbody tr")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("table.cam-ket")).getText().contains("Hòa Thuận"));
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
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(text.matches("(?s).*[Qq]uý (II|2) năm 2025.*"), "the draft is for Q2: " + text.substring(0, Math.min(400, text.length())));
        }
    }

    @Test
    @Order(7)
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
        assertTrue(browser.findElement(By.cssSelector("table.bang")).getText().contains("Cù Lao Dung"),
                "the uploaded report is listed");
    }
}
