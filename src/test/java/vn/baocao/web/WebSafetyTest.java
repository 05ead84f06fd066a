package vn.baocao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.baocao.ProjectFiles;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/**
 * The safety rules of {@code baocao serve}, over plain HTTP against a server on a loopback port: escaping,
 * CSRF, upload limits, no request path reaching the file system, the password rule for other addresses;
 * and the search page's facet counts and paging as the URL carries them.
 */
class WebSafetyTest {

    static final long LIMIT = 1024 * 1024;
    static WebFixture web;
    static Path scriptReport;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path tmp = Files.createTempDirectory("baocao-web-src-");
        scriptReport = WebFixture.reportWithScript(tmp);
        web = new WebFixture(List.of(scriptReport), null, LIMIT);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The CSRF cookie value a first visit sets. */
    static String csrfCookie(HttpResponse<?> r) {
        String set = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Guard.CSRF_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        return set.substring(set.indexOf('=') + 1, set.indexOf(';'));
    }

    static HttpRequest upload(String query, String cookie, String token, String fileName, byte[] content) {
        String boundary = "----baocao" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.url("/nhap" + query)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                // as a careful client: a body over the limit is announced first, so that the server's 413 is read
                // rather than raced by the client still sending (the server refuses by Content-Length alone)
                .expectContinue(content.length > LIMIT);
        if (cookie != null) {
            b.header("Cookie", Guard.CSRF_COOKIE + "=" + cookie);
        }
        if (token != null) {
            b.header(Guard.CSRF_HEADER, token);
        }
        return b.build();
    }

    @Test
    void documentTextIsEscaped() throws Exception {
        HttpResponse<String> r = get("/bao-cao/1");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains(WebFixture.SCRIPT), "raw <script> from the report reached the page");
        assertTrue(r.body().contains("&lt;script&gt;document.title="), "the report's <script> is shown as text");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        String cookie = csrfCookie(get("/nhap"));
        byte[] report = Files.readAllBytes(ProjectFiles.path("corpus/001_d021599fae0810fe.txt"));
        assertEquals(
                403,
                http.send(upload("", null, null, "a.txt", report), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(
                403,
                http.send(upload("", cookie, null, "a.txt", report), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(
                403,
                http.send(upload("", cookie, "0".repeat(64), "a.txt", report), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        HttpResponse<String> ok = http.send(
                upload("", cookie, cookie, "../../../etc/bao cao.txt", report), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("đã nhập"), ok.body());
        // the client's path was cut to its last component
        assertTrue(ok.body().contains("bao cao.txt") && !ok.body().contains("../"), ok.body());
    }

    @Test
    void uploadsOverTheLimitAreRefused() throws Exception {
        String cookie = csrfCookie(get("/"));
        byte[] big = new byte[(int) LIMIT * 2];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r =
                http.send(upload("", cookie, cookie, "lon.txt", big), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("vượt quá giới hạn"), r.body());
    }

    @Test
    void zipContentsCountAgainstTheLimit() throws Exception {
        byte[] zeros = new byte[(int) LIMIT * 3];
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../bom.txt"));
            zip.write(zeros);
            zip.closeEntry();
        }
        assertTrue(bytes.size() < LIMIT, "the zip itself is small");
        String cookie = csrfCookie(get("/"));
        HttpResponse<String> r = http.send(
                upload("", cookie, cookie, "nen.zip", bytes.toByteArray()), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void requestPathsNeverReachTheFileSystem() throws Exception {
        for (String p : List.of(
                "/bao-cao/..%2F..%2F..%2Fetc%2Fpasswd/tep-goc",
                "/bao-cao/1/tep-goc/../../../../etc/passwd",
                "/tai-nguyen/..%2F..%2Fvn%2Fbaocao%2Fweb%2FWebApp.class",
                "/bao-cao/%2Fetc%2Fpasswd/tep-goc")) {
            HttpResponse<String> r = get(p);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, p + " → " + r.statusCode());
            assertFalse(r.body().contains("root:"), p);
        }
        // the source download is by report id, and serves the imported copy
        HttpResponse<byte[]> src = http.send(
                HttpRequest.newBuilder(URI.create(web.url("/bao-cao/1/tep-goc")))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, src.statusCode());
        assertEquals(Files.size(scriptReport), src.body().length);
        assertTrue(src.headers().firstValue("Content-Disposition").orElse("").contains("bao-cao-co-script.docx"));
    }

    @Test
    void reportsImportedByTheCliShowUpWithoutRestart() throws Exception {
        assertFalse(get("/").body().contains("Tiên Động"));
        vn.baocao.cli.CliRun r = vn.baocao.cli.CliRun.of(
                "import",
                vn.baocao.ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt").toString(),
                "--data",
                web.data.root().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(get("/").body().contains("UBND xã Tiên Động"), "the running server lists the new report");
        assertTrue(get("/?q=" + java.net.URLEncoder.encode("tien dong", StandardCharsets.UTF_8))
                .body()
                .contains("class=\"hit\""));
    }

    @Test
    void facetCountsAddUpAndSelectTheirHits() throws Exception {
        String page = get("/?q=" + java.net.URLEncoder.encode("cai cach hanh chinh", StandardCharsets.UTF_8))
                .body();
        Matcher total = Pattern.compile("Kết quả 1–(\\d+) trong (\\d+)").matcher(page);
        assertTrue(total.find(), page);
        int n = Integer.parseInt(total.group(2));
        assertTrue(n > SearchPage.PAGE_SIZE, "enough hits to page: " + n);
        assertEquals(SearchPage.PAGE_SIZE, Integer.parseInt(total.group(1)));
        // the section facet: each value links to the search restricted to it, with that many hits
        int groupStart = page.indexOf("<h2>Mục</h2>");
        Matcher v = Pattern.compile("<a href=\"([^\"]+)\">Mục ([^<]+)</a> <span class=\"dem\">(\\d+)</span>")
                .matcher(page.substring(groupStart));
        int sum = 0;
        String firstHref = null;
        int firstCount = 0;
        while (v.find()) {
            sum += Integer.parseInt(v.group(3));
            if (firstHref == null) {
                firstHref = v.group(1).replace("&amp;", "&");
                firstCount = Integer.parseInt(v.group(3));
            }
        }
        assertTrue(sum <= n && sum > 0, sum + " of " + n);
        String restricted = get(firstHref).body();
        assertTrue(
                restricted.contains("trong " + firstCount + "<")
                        || restricted.contains("trong " + firstCount + "\n")
                        || restricted.contains(
                                "–" + Math.min(firstCount, SearchPage.PAGE_SIZE) + " trong " + firstCount),
                restricted);
        // the next page link keeps the query and moves on
        Matcher next = Pattern.compile("<a href=\"([^\"]+)\" class=\"sau\">").matcher(page);
        assertTrue(next.find());
        String second = get(next.group(1).replace("&amp;", "&")).body();
        assertTrue(second.contains("Kết quả " + (SearchPage.PAGE_SIZE + 1) + "–"), second);
        assertTrue(second.contains("Trang trước"));
    }

    @Test
    void uploadNamesAreReducedToOneHarmlessComponent() {
        assertEquals("passwd", Uploads.safeName("../../etc/passwd"));
        assertEquals("x.docx", Uploads.safeName("C:\\Users\\a\\..\\x.docx"));
        assertEquals("bashrc", Uploads.safeName(".bashrc"));
        assertEquals("tep", Uploads.safeName("/"));
        assertEquals("Báo cáo quý 1.docx", Uploads.safeName("Báo cáo quý 1.docx"));
        assertEquals("a_b_.txt", Uploads.safeName("a<b>.txt"));
    }

    @Test
    void otherAddressesNeedAPassword() throws Exception {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new WebApp(new WebApp.Settings(
                        web.data, "0.0.0.0", 0, null, LIMIT, new ReportExtractor(RuleSet.defaults()), null)));
        assertTrue(e.getMessage().contains("cần mật khẩu"), e.getMessage());
        new WebApp(new WebApp.Settings(
                        web.data, "127.0.0.1", 0, null, LIMIT, new ReportExtractor(RuleSet.defaults()), null))
                .close();
        try (WebApp open = new WebApp(new WebApp.Settings(
                web.data, "0.0.0.0", 0, "mật-khẩu", LIMIT, new ReportExtractor(RuleSet.defaults()), null))) {
            int port = open.start();
            URI home = URI.create("http://127.0.0.1:" + port + "/");
            assertEquals(
                    401,
                    http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode());
            String wrong = Base64.getEncoder().encodeToString("x:sai".getBytes(StandardCharsets.UTF_8));
            assertEquals(
                    401,
                    http.send(
                                    HttpRequest.newBuilder(home)
                                            .header("Authorization", "Basic " + wrong)
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode());
            String right = Base64.getEncoder().encodeToString("x:mật-khẩu".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(home)
                            .header("Authorization", "Basic " + right)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            // every form of the page carries the token of this browser's cookie
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]{64})\"")
                    .matcher(http.send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/nhap"))
                                            .header("Authorization", "Basic " + right)
                                            .header("Cookie", Guard.CSRF_COOKIE + "=" + "ab".repeat(32))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body());
            assertTrue(m.find());
            assertEquals("ab".repeat(32), m.group(1));
        }
    }

    @Test
    void anImportFollowedFromThePageReportsEachFileAsItIsDecided() throws Exception {
        String cookie = csrfCookie(get("/nhap"));
        HttpRequest base = upload(
                "",
                cookie,
                cookie,
                "bao-cao-huyen.txt",
                Files.readAllBytes(vn.baocao.ProjectFiles.path("corpus/001_d021599fae0810fe.txt")));
        HttpRequest req = HttpRequest.newBuilder(base, (k, v) -> true)
                .header(ImportPage.PROGRESS_HEADER, "1")
                .build();
        HttpResponse<String> started = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, started.statusCode(), started.body());
        com.fasterxml.jackson.databind.JsonNode job =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(started.body());
        String progress = job.path("progress").asText();
        assertTrue(progress.startsWith("/nhap/tien-do/"), started.body());
        com.fasterxml.jackson.databind.JsonNode p = null;
        for (int i = 0; i < 600; i++) { // the import runs in the background; the page polls like this
            p = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(get(progress).body());
            if (p.path("done").asBoolean()) {
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(p.path("done").asBoolean(), "the import ends: " + p);
        assertEquals(1, p.path("total").asInt());
        assertEquals("bao-cao-huyen.txt", p.path("files").get(0).path("name").asText());
        assertEquals("đã nhập", p.path("files").get(0).path("outcome").asText(), p.toString());
        assertTrue(p.path("summary").asText().contains("đã nhập 1"), p.toString());
        assertEquals(404, get("/nhap/tien-do/khong-co").statusCode(), "an unknown import");
    }

    @Test
    void aVerdictOnACommitmentWithABadIdOrVerdictIsRefusedInVietnamese() throws Exception {
        String cookie = csrfCookie(get("/cam-ket"));
        for (String[] form : new String[][] {
            {"id=..%2F1", "Mã cam kết không hợp lệ."}, {"id=1.0&verdict=xoa", "Chỉ có thể xác nhận hoặc bác bỏ."}
        }) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(web.url("/cam-ket/danh-gia")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", Guard.CSRF_COOKIE + "=" + cookie)
                    .header(Guard.CSRF_HEADER, cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(form[0]))
                    .build();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(400, r.statusCode(), form[0]);
            assertTrue(r.body().contains(form[1]), r.body());
        }
    }
}
