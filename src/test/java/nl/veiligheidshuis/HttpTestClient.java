package nl.veiligheidshuis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP against the running test application, so that filters, security and the container's error
 * dispatch take part (MockMvc would skip the latter).
 */
public final class HttpTestClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;

	public HttpTestClient(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** The value of a cookie this client holds, e.g. the session cookie. */
	public java.util.Optional<String> cookie(String name) {
		return cookies.getCookieStore().getCookies().stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst();
	}

	/** Posts a form with the CSRF token taken from the page at {@code pagePath}. */
	public HttpResponse<String> postForm(String pagePath, String actionPath, String form) {
		Matcher csrf = CSRF.matcher(get(pagePath).body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on " + pagePath);
		}
		String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(csrf.group(1));
		return send(request(actionPath).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** Logs in through the login form, keeping the session cookie in this client. */
	public HttpResponse<String> login(String username, String password) {
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrfTokenOf("/login"));
		return postForm("/login", form);
	}

	/** Posts a form without fields, as a button does, with the CSRF token of a page of the session. */
	public HttpResponse<String> postButton(String path, String pageWithToken) {
		return postForm(path, "_csrf=" + encode(csrfTokenOf(pageWithToken)));
	}

	private String csrfTokenOf(String page) {
		Matcher csrf = CSRF.matcher(get(page).body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on " + page);
		}
		return csrf.group(1);
	}

	private HttpResponse<String> postForm(String path, String form) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/**
	 * Posts a multipart form (text fields and one file), as a browser does, to {@code actionPath} (which
	 * carries the CSRF token in its query, as the upload forms of the application do).
	 */
	public HttpResponse<String> postMultipart(String actionPath, java.util.Map<String, String> fields, String fileField,
			String fileName, String contentType, byte[] content) {
		String boundary = "----vh" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(actionPath).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The bytes of the response to a request built by the caller (headers, bearer token). */
	public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The bytes of a response, e.g. a downloaded document. */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
