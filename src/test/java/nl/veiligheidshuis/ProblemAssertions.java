package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every API error response must be: problem+json with a Dutch title, the API-Version header, no trace. */
public final class ProblemAssertions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemAssertions() {
	}

	/** Asserts an API problem response and returns the problem, for further checks. */
	public static JsonNode assertProblem(HttpResponse<String> response, int status, String title) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isEqualTo(title);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at nl.");
		return problem;
	}
}
