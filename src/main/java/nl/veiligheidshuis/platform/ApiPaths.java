package nl.veiligheidshuis.platform;

import jakarta.servlet.http.HttpServletRequest;

/** Where the REST API lives, and how to tell an API request from a page request. */
public final class ApiPaths {

	/** Root of version 1 of the API; every API controller maps below it. */
	public static final String V1 = "/api/v1";

	private ApiPaths() {
	}

	public static boolean isApiRequest(HttpServletRequest request) {
		return isApiPath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	static boolean isApiPath(String path) {
		return path.equals("/api") || path.startsWith("/api/");
	}
}
