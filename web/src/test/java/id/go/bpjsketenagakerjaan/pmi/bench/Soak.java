package id.go.bpjsketenagakerjaan.pmi.bench;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The soak (issue 10, item 5): mixed load for {@code --soak-minutes} on the benchmark's server and database, all at
 * once: claim intake over the API (wrk, 4 connections), the adjudicator's workbench (wrk, 4) and the dashboard (wrk,
 * 2), and supervisors approving the first page of their queue through the approval page's own AJAX posts (select,
 * confirm) in turn. The server's heap is read after a full GC every minute, and once more after the load. It passes
 * with zero failures (connection errors, timeouts, 5xx, error pages; a 4xx refusal such as a natural-duplicate 409 is
 * an answer and is reported apart) and a flat heap: the lowest reading of the second half at most 15 % above the
 * lowest reading of the first half after the first minute. Readings under load include the requests in flight; a
 * leak shows as a rising floor, so the floors are compared. The database runs in the benchmark's process over H2's TCP
 * server (a first run with the embedded database grew by H2's page cache: 66 of 73 MB of growth were
 * {@code org.h2.mvstore.cache} entries in a class histogram, the application's objects stayed flat).
 */
final class Soak {

    private static final Pattern ROW_KEY = Pattern.compile("data-rk=\"(\\d+)\"");
    private static final double HEAP_GROWTH_ALLOWED = 0.15;

    private final Benchmark bench;
    private final Process server;
    private final int minutes;
    private final HttpClient http = Benchmark.http1().build();
    private final AtomicLong approvalRounds = new AtomicLong();
    private final AtomicLong approved = new AtomicLong();
    private final AtomicLong otherOutcomes = new AtomicLong();
    private final AtomicLong approvalErrors = new AtomicLong();
    private final List<String> firstErrors = new ArrayList<>();

    Soak(Benchmark bench, Process server, int minutes) {
        this.bench = bench;
        this.server = server;
        this.minutes = minutes;
    }

    boolean run(String adjudicatorCookie, String managerCookie) throws Exception {
        List<String> approvers = List.of(bench.login("supervisor"), bench.login("kacab"), bench.login("deputi"),
                bench.login("deputi2"));
        int seconds = minutes * 60;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<Benchmark.Wrk> intake = pool.submit(() -> bench.wrk("api/v1/claims", (String) null, 4, bench.intakeScript(), seconds));
        Future<Benchmark.Wrk> workbench = pool.submit(() -> bench.wrk("workbench.xhtml", adjudicatorCookie, 4, null, seconds));
        Future<Benchmark.Wrk> dashboard = pool.submit(() -> bench.wrk("dashboard.xhtml", managerCookie, 2, null, seconds));
        Future<?> approvals = pool.submit(() -> {
            approveUntil(deadline, approvers);
            return null;
        });
        List<Long> heap = new ArrayList<>();
        for (int minute = 1; minute <= minutes; minute++) {
            long at = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (System.nanoTime() < Math.min(at, deadline)) {
                Thread.sleep(500);
            }
            if (minute < minutes) {
                heap.add(bench.heapAfterGc(server));
            }
        }
        Benchmark.Wrk intakeRun = intake.get();
        Benchmark.Wrk workbenchRun = workbench.get();
        Benchmark.Wrk dashboardRun = dashboard.get();
        approvals.get();
        pool.shutdown();
        heap.add(bench.heapAfterGc(server));

        bench.row("soak: claim intake API, 4 clients, " + minutes + " min", "0 failures", String.format(
                "%.0f requests, %s/s, p99 %s ms, %d failures (%d of them 5xx), %d refused with 4xx", intakeRun.requests(),
                Benchmark.fmt(intakeRun.rate()), Benchmark.fmt(intakeRun.p99()), intakeRun.failures(), intakeRun.serverErrors(),
                intakeRun.refused()), "", "");
        bench.row("soak: adjudicator workbench, 4 users", "0 failures", String.format("%.0f pages, p95 %s ms, %d failures, %d 4xx",
                workbenchRun.requests(), Benchmark.fmt(workbenchRun.p95()), workbenchRun.failures(), workbenchRun.refused()), "", "");
        bench.row("soak: dashboard, 2 users", "0 failures", String.format("%.0f pages, p95 %s ms, %d failures, %d 4xx",
                dashboardRun.requests(), Benchmark.fmt(dashboardRun.p95()), dashboardRun.failures(), dashboardRun.refused()), "", "");
        bench.row("soak: bulk approvals through the approval page", "0 failures", approvalRounds.get() + " rounds, "
                + approved.get() + " approved, " + otherOutcomes.get() + " other outcomes, " + approvalErrors.get()
                + " errors" + (firstErrors.isEmpty() ? "" : " (first: " + firstErrors.get(0) + ")"), "", "");
        List<Long> afterWarmUp = heap.size() > 2 ? heap.subList(1, heap.size()) : heap;
        int half = afterWarmUp.size() / 2;
        long firstFloor = afterWarmUp.subList(0, Math.max(1, half)).stream().mapToLong(Long::longValue).min().orElse(-1);
        long secondFloor = afterWarmUp.subList(half, afterWarmUp.size()).stream().mapToLong(Long::longValue).min().orElse(-1);
        boolean flat = firstFloor > 0 && secondFloor > 0 && secondFloor <= firstFloor * (1 + HEAP_GROWTH_ALLOWED);
        bench.row("soak: heap after GC each minute, then after the load (MB)", "flat: floor of 2nd half <= floor of 1st + 15 %",
                heap.stream().map(String::valueOf).collect(Collectors.joining(" ")) + "; floors " + firstFloor + " -> "
                        + secondFloor + (flat ? " (flat)" : " (GROWS)"), "", "");
        boolean oom = Files.readString(bench.dir().resolve("payara.log")).contains("OutOfMemoryError");
        bench.row("soak: OutOfMemoryError in the server log", "none", oom ? "yes" : "none", "", "");
        long errors = intakeRun.failures() + workbenchRun.failures() + dashboardRun.failures() + approvalErrors.get();
        return errors == 0 && flat && !oom;
    }

    /** Each approver in turn: open the queue, select its first page, confirm; what the page answers is counted. */
    private void approveUntil(long deadline, List<String> approvers) throws Exception {
        int turn = 0;
        while (System.nanoTime() < deadline) {
            String cookie = approvers.get(turn++ % approvers.size());
            HttpResponse<String> page = send(HttpRequest.newBuilder(bench.base("approvals.xhtml")).header("Cookie", cookie).GET());
            if (page.statusCode() != 200 || !page.body().contains("approvalsForm")) {
                error("approval page " + page.statusCode());
                continue;
            }
            List<String> keys = new ArrayList<>();
            Matcher rows = ROW_KEY.matcher(page.body());
            while (rows.find()) {
                keys.add(rows.group(1));
            }
            if (keys.isEmpty()) {
                Thread.sleep(1000);
                continue;
            }
            String viewState = Benchmark.first(Benchmark.VIEW_STATE, page.body());
            Matcher nonceMatch = Benchmark.NONCE.matcher(page.body());
            String nonce = nonceMatch.find() ? nonceMatch.group(1) : "";
            Map<String, String> select = new LinkedHashMap<>();
            select.put("approvalsForm:queue_selection", String.join(",", keys));
            HttpResponse<String> prepared = ajax(cookie, viewState, nonce, "approvalsForm:bulkApprove", "approvalsForm",
                    "approvalsForm:messages approvalsForm:bulkDlgContent", select);
            if (!answered(prepared, "prepare")) {
                continue;
            }
            HttpResponse<String> confirmed = ajax(cookie, viewState, nonce, "approvalsForm:confirmBulk",
                    "approvalsForm:confirmBulk", "approvalsForm", Map.of());
            if (!answered(confirmed, "confirm")) {
                continue;
            }
            approvalRounds.incrementAndGet();
            approved.addAndGet(count(confirmed.body(), "pmi-outcome-APPROVED") + count(confirmed.body(), "pmi-outcome-PARTIALLY_APPROVED"));
            otherOutcomes.addAndGet(count(confirmed.body(), "pmi-outcome-ROUTED_UP") + count(confirmed.body(), "pmi-outcome-REFUSED")
                    + count(confirmed.body(), "pmi-outcome-CHANGED_SINCE_SHOWN"));
        }
    }

    private boolean answered(HttpResponse<String> response, String step) {
        String body = response.body();
        if (response.statusCode() != 200 || !body.contains("<partial-response") || body.contains("<error>")
                || body.contains("<redirect")) {
            error(step + " " + response.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
            return false;
        }
        return true;
    }

    private HttpResponse<String> ajax(String cookie, String viewState, String nonce, String source, String execute, String render,
                                      Map<String, String> inputs) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("approvalsForm", "approvalsForm");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(source, source);
        fields.putAll(inputs);
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(bench.base("approvals.xhtml")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private synchronized void error(String what) {
        approvalErrors.incrementAndGet();
        if (firstErrors.size() < 5) {
            firstErrors.add(what);
        }
    }

    private static long count(String text, String needle) {
        long n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
