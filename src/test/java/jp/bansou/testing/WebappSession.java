package jp.bansou.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Logs in to a Camunda webapp the way the browser does (session cookie and XSRF token) and calls its REST API. */
public final class WebappSession {

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final String base;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The HTTP status of the login to {@code app} (tasklist, cockpit, admin) and, when 200, a session. */
    public static WebappSession login(int port, String app, String user) {
        WebappSession session = new WebappSession(port);
        session.lastStatus = session.doLogin(app, user);
        return session;
    }

    private int lastStatus;

    public int loginStatus() {
        return lastStatus;
    }

    private int doLogin(String app, String user) {
        get("/camunda/app/" + app + "/");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", xsrf()).GET());
    }

    private String xsrf() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
