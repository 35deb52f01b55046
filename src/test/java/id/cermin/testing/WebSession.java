package id.cermin.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One person's browser session against a running node, over real HTTP: cookies kept,
 * redirects not followed (tests look at them), forms posted with the page's CSRF token.
 */
public final class WebSession {

    /** How long a page may take; a loaded machine is given more with {@code -Dcermin.it.httpTimeout=} (seconds). */
    private static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("cermin.it.httpTimeout", 30));

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String csrf;

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        // HTTP/1.1 as a browser speaks it without TLS (no upgrade to HTTP/2).
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Every later request says it was passed on by a proxy for a browser at {@code address}
     * (the test server trusts this machine as its proxy), so tests can be many browsers.
     */
    public WebSession from(String address) {
        return header("X-Forwarded-For", address);
    }

    /** Sends this header with every later request. */
    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The session's current form token, as the last page gave it. */
    public String csrfToken() {
        return csrf;
    }

    /** Logs in through the login form; returns the response to the POST. */
    public static WebSession loggedIn(String baseUrl, String username, String password) {
        WebSession session = new WebSession(baseUrl);
        HttpResponse<String> response = session.login(username, password);
        if (response.statusCode() != 302) {
            throw new AssertionError("Login of " + username + " failed: " + response.statusCode() + "\n" + response.body());
        }
        // As a browser does: the page after the login, with the session's new form token.
        session.get(response.headers().firstValue("Location").orElse("/"));
        return session;
    }

    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    /**
     * Opens the login page at {@code location} (where a protected page sent the browser) and
     * sends its form as the browser would, hidden fields included.
     */
    public HttpResponse<String> loginVia(String location, String username, String password) {
        HttpResponse<String> page = get(location.startsWith("http") ? location.substring(baseUrl.length()) : location);
        Map<String, String> fields = new LinkedHashMap<>();
        html(page).select("form[action$=/login] input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.val()));
        fields.put("username", username);
        fields.put("password", password);
        return postRaw("/login", fields);
    }

    /** Any request as given, with the session's cookies and headers: a wrong method, a strange body. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = send(request);
        rememberToken(response);
        return response;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        rememberToken(response);
        return response;
    }

    /** Posts a form with the session's current CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, fields);
    }

    /** Posts exactly the given fields, CSRF token or not. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        return postBody(path, fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    /** Posts a cart as the counter page does: a key, repeated productId/qty pairs, the amount paid. */
    public HttpResponse<String> postRepeated(String path, String key, List<String> ids, List<String> quantities,
                                             String paid, Map<String, String> extra) {
        StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf)).append("&key=").append(encode(key))
                .append("&paid=").append(encode(paid));
        for (int i = 0; i < ids.size(); i++) {
            body.append("&productId=").append(encode(ids.get(i))).append("&qty=").append(encode(quantities.get(i)));
        }
        extra.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
        return postBody(path, body.toString());
    }

    /** Posts an already encoded form body, with the session's CSRF token in front. */
    public HttpResponse<String> postForm(String path, String encodedFields) {
        return postBody(path, "_csrf=" + encode(csrf) + "&" + encodedFields);
    }

    /** Posts a file as a browser's upload form does (multipart), with the session's CSRF token. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
        String boundary = "----cermin" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        rememberToken(response);
        return response;
    }

    /** The raw bytes of a GET (images, files). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> postBody(String path, String body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        rememberToken(response);
        return response;
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private void rememberToken(HttpResponse<String> response) {
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            var input = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
            if (input != null) {
                csrf = input.attr("value");
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            return client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
