package nl.veiligheidshuis.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The agenda API as a demo user with their personal API token: JSON in, JSON out, the status checked. */
record AgendaTestClient(int port, ApiTokens apiTokens, UserAccounts accounts) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	HttpResponse<String> raw(String username, String method, String path, String json) {
		HttpTestClient http = new HttpTestClient(port);
		var request = http.request(path).header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, username));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
		return http.send(request);
	}

	JsonNode send(String username, String method, String path, String json, int expected) {
		HttpResponse<String> response = raw(username, method, path, json);
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
	}

	UUID idOf(String username) {
		return accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
	}
}
