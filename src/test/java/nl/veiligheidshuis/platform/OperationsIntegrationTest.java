package nl.veiligheidshuis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;

/** Health is public without details; metrics are for the functional administrator only. */
@HouseIntegrationTest
class OperationsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	private HttpTestClient http;

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
	}

	@Test
	void health_is_public_and_shows_no_details() {
		HttpResponse<String> health = http.get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
	}

	@Test
	void prometheus_metrics_are_not_public() {
		assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(http.send(http.request("/actuator/prometheus")
			.header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, "im.demo")))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void the_functional_administrator_reads_prometheus_metrics() {
		HttpResponse<String> metrics = http.send(http.request("/actuator/prometheus")
			.header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, "beheer.demo")));

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	@Test
	void http_basic_is_not_accepted_for_metrics() {
		assertThat(http.send(http.request("/actuator/prometheus")
			.header("Authorization", HttpTestClient.basic("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD)))
			.statusCode()).isEqualTo(401);
	}

	@Test
	void other_actuator_endpoints_are_not_exposed() {
		assertThat(http.send(http.request("/actuator/env")
			.header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, "beheer.demo")))
			.statusCode()).isEqualTo(404);
	}
}
