package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real headless Chromium: Debian's {@code chromium} driven through Debian's
 * {@code chromedriver} (never a downloaded browser or driver). Skipped, with the reason, only when
 * those two programs are not installed; CI installs them (.ci/run).
 */
class WebBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static WebServer server;
    static Path serverTemp;

    @TempDir
    Path temp;

    WebDriver driver;
    Path downloads;

    @BeforeAll
    static void startServer() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "浏览器测试已跳过：未安装 Debian 的 chromium 和 chromium-driver（/usr/bin/chromium、/usr/bin/chromedriver）；"
                        + "apt-get install -y chromium chromium-driver 后运行");
        serverTemp = Files.createTempDirectory("nianbao-web-e2e");
        server = WebTestSupport.start(WebTestSupport.config(serverTemp), new MemoryReviewStore());
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        downloads = Files.createDirectories(temp.resolve("downloads"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1800", "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")));
        Map<String, Object> prefs = new LinkedHashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        o.setExperimentalOption("prefs", prefs);
        // the driver is Debian's, given explicitly: Selenium Manager never downloads one (quit() stops it)
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @Test
    void selfCheckShowsTheWrongCellThenConfirmAndExportTheRectificationList() throws Exception {
        Path report = temp.resolve("鞍山市行政审批局2020年报告.txt");
        Files.write(report, WebTestSupport.wrongTable3());
        driver.get(url("/"));
        WebElement form = driver.findElement(By.cssSelector("form#upload-form"));
        form.findElement(By.cssSelector("input[type=file]")).sendKeys(report.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement finding = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li.finding[data-rule='FMT-T3-001']")));
        assertThat(finding.findElement(By.cssSelector("p.identity")).getText()).contains("≠").contains("2 + 1 = 3");
        WebElement cell = driver.findElement(By.cssSelector("td[data-cell='applications.carried_forward.natural_person']"));
        assertThat(cell.getAttribute("data-state")).isEqualTo("suspect");
        assertThat(cell.getText()).contains("应为 0");
        assertThat(driver.findElement(By.cssSelector("td[data-cell='applications.results_total.natural_person']"))
                .getAttribute("data-state")).isEqualTo("error");
        assertThat(cell.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".verdict .count[data-severity=ERROR] b")).getText()).isEqualTo("3");

        finding.findElement(By.cssSelector("input[name=note]")).sendKeys("请核对结转数");
        finding.findElement(By.cssSelector("button.confirm")).click();
        WebElement confirmed = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li.finding[data-rule='FMT-T3-001'][data-review=confirmed]")));
        assertThat(confirmed.findElement(By.cssSelector("p.review-state")).getText()).contains("确认").contains("请核对结转数");

        driver.findElement(By.cssSelector("a.rect-xlsx")).click();
        Path xlsx = awaitDownload(".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            boolean found = false;
            for (Row row : wb.getSheet("整改清单")) {
                if (row.getRowNum() > 0 && row.getCell(3).getStringCellValue().equals("FMT-T3-001")) {
                    assertThat(row.getCell(11).getStringCellValue()).isEqualTo("确认");
                    assertThat(row.getCell(12).getStringCellValue()).isEqualTo("请核对结转数");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void auditZipShowsTheDashboard() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("鞍山/2020.txt", WebTestSupport.seed(WebTestSupport.SEED_2020));
        entries.put("其他/2021.txt", WebTestSupport.seed(WebTestSupport.SEED_2021));
        entries.put("其他/wrong.txt", WebTestSupport.wrongTable3());
        Path zip = temp.resolve("全省报告.zip");
        Files.write(zip, WebTestSupport.zip(entries));
        driver.get(url("/audit"));
        driver.findElement(By.cssSelector("form#upload-form input[type=file]")).sendKeys(zip.toString());
        driver.findElement(By.cssSelector("form#upload-form button[type=submit]")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
        List<WebElement> rows = driver.findElements(By.cssSelector("table#reports tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#chart-rules svg g.bar"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#chart-agencies svg g.bar"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector(".verdict .count[data-severity=ERROR] b")).getText()).isNotEqualTo("0");

        // filter: only the report whose name matches stays visible
        driver.findElement(By.id("report-filter")).sendKeys("wrong");
        waiting().until(d -> visibleRows().size() == 1);
        assertThat(visibleRows().get(0).getText()).contains("wrong.txt");
        driver.findElement(By.id("report-filter")).clear();
        driver.findElement(By.id("report-filter")).sendKeys(" ");
        waiting().until(d -> visibleRows().size() == 3);
        // sort by errors, most first after two clicks
        WebElement errorsHeader = driver.findElements(By.cssSelector("table#reports th")).get(4);
        errorsHeader.click();
        errorsHeader.click();
        assertThat(errorsHeader.getAttribute("class")).contains("desc");
        int first = Integer.parseInt(visibleRows().get(0).findElements(By.tagName("td")).get(4).getText());
        int last = Integer.parseInt(visibleRows().get(2).findElements(By.tagName("td")).get(4).getText());
        assertThat(first).isGreaterThanOrEqualTo(last);

        // drill down to the report's page
        driver.findElement(By.xpath("//a[contains(@class,'report-link') and contains(., 'wrong.txt')]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.finding[data-rule='FMT-T3-001']")));
        assertThat(driver.findElement(By.cssSelector("td[data-cell='applications.carried_forward.natural_person']"))
                .getAttribute("data-state")).isEqualTo("suspect");
    }

    @Test
    void anArchivedReportOpensFromTheAgencyPageWithItsTablesAndTakesADecision() throws Exception {
        org.nianbao.engine.archive.Archive archive = org.nianbao.engine.archive.Archive.open(temp.resolve("archive.db"));
        try (WebServer archived = WebTestSupport.start(WebTestSupport.config(temp.resolve("uploads")),
                new ArchiveReviewStore(archive), archive)) {
            WebTestSupport.Client c = new WebTestSupport.Client(archived);
            assertThat(c.postFiles("/check", Map.of(WebServer.CSRF_FIELD, c.csrf()),
                    List.of(Map.entry("2020.txt", WebTestSupport.wrongTable3()))).statusCode()).isEqualTo(200);
            String base = "http://127.0.0.1:" + archived.port();
            driver.get(base + "/archive");
            driver.findElement(By.cssSelector("#archive-agencies a")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.archived-report-link"))).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("archived-report-page")));
            WebElement cell = driver.findElement(By.cssSelector("td[data-cell='applications.carried_forward.natural_person']"));
            assertThat(cell.isDisplayed()).isTrue();
            assertThat(cell.getAttribute("data-state")).isEqualTo("suspect");
            WebElement finding = driver.findElement(By.cssSelector("li.finding[data-rule='FMT-T3-001']"));
            finding.findElement(By.cssSelector("input[name=note]")).sendKeys("去年已整改");
            finding.findElement(By.cssSelector("button.confirm")).click();
            WebElement confirmed = waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("li.finding[data-rule='FMT-T3-001'][data-review=confirmed]")));
            assertThat(confirmed.findElement(By.cssSelector("p.review-state")).getText()).contains("确认").contains("去年已整改");
            assertThat(driver.getCurrentUrl()).contains("/archive/reports/");
        }
    }

    private List<WebElement> visibleRows() {
        return driver.findElements(By.cssSelector("table#reports tbody tr")).stream().filter(WebElement::isDisplayed).toList();
    }

    private Path awaitDownload(String suffix) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try (Stream<Path> s = Files.list(downloads)) {
                List<Path> done = s.filter(p -> p.toString().endsWith(suffix)).toList();
                if (!done.isEmpty() && Files.size(done.get(0)) > 0) {
                    return done.get(0);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " downloaded into " + downloads + ": "
                + String.join(", ", new File(downloads.toString()).list()));
    }
}
