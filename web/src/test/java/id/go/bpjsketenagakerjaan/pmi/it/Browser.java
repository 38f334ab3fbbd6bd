package id.go.bpjsketenagakerjaan.pmi.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A minimal cookie-keeping HTTP client that fills in JSF forms the way a browser posts them. */
final class Browser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce; its script adds it to every post, so a client without script must send it too. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;

    Browser(URL base) throws Exception {
        this(base.toURI(), HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
    }

    private Browser(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** The same browser, cookies and all, sending to another server (an instance of a cluster behind a balancer). */
    Browser on(URL otherBase) throws Exception {
        return new Browser(otherBase.toURI(), client);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post whose answer is a file (exports): the raw bytes. */
    HttpResponse<byte[]> postForBytes(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A PrimeFaces ajax post of {@code source} (a command component) in {@code form}, as its script sends it. */
    HttpResponse<String> ajax(String path, String page, String form, String source, String execute, String render,
                              Map<String, String> inputs) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(source, source);
        fields.putAll(inputs);
        fields.put("jakarta.faces.ViewState", viewState(page));
        fields.put("primefaces.nonce", nonce(page));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any request with this browser's cookies (its session, if logged in); body null for none. */
    HttpResponse<String> send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        return sendWithApiKey(null, method, path, contentType, body);
    }

    /** A request as an integration client (Authorization: ApiKey, unless key is null), with this browser's cookies. */
    HttpResponse<String> sendWithApiKey(String key, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (key != null) {
            request.header("Authorization", "ApiKey " + key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(page.body()));
        fields.put("primefaces.nonce", nonce(page.body()));
        return post("login.xhtml", fields);
    }

    /** Posts the change-password page (password.xhtml) as its form sends it. */
    HttpResponse<String> changePassword(String current, String chosen, String repeat) throws IOException, InterruptedException {
        HttpResponse<String> page = get("password.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("password", "password");
        fields.put("password:current", current);
        fields.put("password:newPassword", chosen);
        fields.put("password:repeat", repeat);
        fields.put("password:change", "");
        fields.put("jakarta.faces.ViewState", viewState(page.body()));
        fields.put("primefaces.nonce", nonce(page.body()));
        return post("password.xhtml", fields);
    }

    static String nonce(String html) {
        Matcher matcher = NONCE.matcher(html);
        return matcher.find() ? matcher.group(1) : "";
    }

    static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no JSF view state in page:\n" + html);
        }
        return matcher.group(1);
    }
}
