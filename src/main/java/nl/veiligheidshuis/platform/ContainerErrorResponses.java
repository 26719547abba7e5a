package nl.veiligheidshuis.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors that Tomcat answers itself, before any servlet runs (a request header too large, a malformed
 * request line): Dutch problem+json for the API, a plain Dutch page otherwise, instead of Tomcat's
 * English page with its server details.
 */
@Component
class ContainerErrorResponses implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final ProblemTitles titles;
	private final String apiVersion;

	ContainerErrorResponses(ProblemTitles titles, @Value("${vh.api.version}") String apiVersion) {
		this.titles = titles;
		this.apiVersion = apiVersion;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				// Our valve instead of the default one, which the host would otherwise add on start.
				host.setErrorReportValveClass(DutchErrorReportValve.class.getName());
				host.getPipeline().addValve(new DutchErrorReportValve(titles, apiVersion));
			}
		});
	}

	/** Writes the error body; public with a no-argument constructor because Tomcat may instantiate it by name. */
	public static class DutchErrorReportValve extends ErrorReportValve {

		private final ProblemTitles titles;
		private final String apiVersion;

		public DutchErrorReportValve() {
			this(null, "");
		}

		DutchErrorReportValve(ProblemTitles titles, String apiVersion) {
			this.titles = titles;
			this.apiVersion = apiVersion;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported() || titles == null) {
				return;
			}
			HttpStatusCode code = HttpStatusCode.valueOf(status);
			// The request may not have been fully parsed: take the raw URI from the connector.
			String uri = request.getCoyoteRequest().requestURI().toString();
			boolean api = uri != null && ApiPaths.isApiPath(uri);
			try {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				String body;
				if (api) {
					response.setContentType("application/problem+json");
					response.setHeader("API-Version", apiVersion);
					body = "{\"status\":" + status + ",\"title\":\"" + json(titles.title(code)) + "\",\"detail\":\""
							+ json(titles.detail(code)) + "\"}";
				}
				else {
					response.setContentType("text/html");
					body = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>"
							+ HtmlUtils.htmlEscape(titles.title(code)) + "</title></head><body><main><h1>"
							+ HtmlUtils.htmlEscape(titles.title(code)) + "</h1><p>" + HtmlUtils.htmlEscape(titles.detail(code))
							+ "</p></main></body></html>";
				}
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// The client is gone or the response was committed meanwhile: nothing more to tell it.
			}
		}

		private static String json(String text) {
			return text.replace("\\", "\\\\").replace("\"", "\\\"");
		}
	}
}
