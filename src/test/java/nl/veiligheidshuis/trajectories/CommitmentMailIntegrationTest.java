package nl.veiligheidshuis.trajectories;

import static nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.TestMailServer;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/**
 * The e-mail notice of the partner check against a real SMTP server (GreenMail, on a free port, in an
 * application context of its own with {@code spring.mail.host} set): the owner partner's contact address
 * receives a link to the request and no client data.
 */
@HouseIntegrationTest
class CommitmentMailIntegrationTest {

	private static final int SMTP_PORT = TestMailServer.freePort();

	@RegisterExtension
	static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		TestMailServer.configure(properties, SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PartnerOrganisations partners;

	@Test
	void the_owner_partner_receives_a_notice_with_the_link_and_no_client_data() throws Exception {
		HttpTestClient http = new HttpTestClient(port);
		String surname = TrajectoriesIntegrationTest.unique("Mailclient");
		TrajectoriesIntegrationTest.Accepted accepted = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts,
				surname, "politie.demo", LocalDate.of(1988, 4, 12));
		UUID trajectory = TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, accepted, "");
		String path = "/api/v1/trajectories/" + trajectory;
		String manager = DemoApiTokens.bearer(apiTokens, accounts, "manager.demo");
		String im = DemoApiTokens.bearer(apiTokens, accounts, "im.demo");
		UUID ingrid = accounts.list().stream().filter(a -> a.username().equals("im.demo")).findFirst().orElseThrow().id();
		ok(post(http, manager, path + "/assignment", "{\"interventionManagerId\":\"" + ingrid + "\",\"version\":0}"));
		String recorded = ok(post(http, im, path + "/assessments", """
				{"instrument":"RISC","assessedOn":"%s","scores":%s,"overallRisk":"MEDIUM","version":1}"""
			.formatted(LocalDate.now(), InterventionPlanIntegrationTest.RISC_SCORES)));
		String assessment = TrajectoriesIntegrationTest.JSON.readTree(recorded).path("assessments").get(0).path("id").asString();
		ok(post(http, im, path + "/assessments/" + assessment + "/confirmation", "{\"deficits\":[\"HOUSING\"],\"version\":2}"));
		String description = "Begeleid wonen bij " + surname;
		String plan = ok(post(http, im, path + "/plan/interventions", """
				{"description":"%s","lifeDomain":"HOUSING","kind":"CARE","ownerPartnerId":"%s","plannedStart":"%s","version":3}"""
			.formatted(description, partners.findByName(TrajectoriesIntegrationTest.PROBATION).orElseThrow().value(),
					LocalDate.now().plusDays(7))));
		String intervention = TrajectoriesIntegrationTest.JSON.readTree(plan).path("interventions").get(0).path("id").asString();
		ok(post(http, im, path + "/plan/partner-check", "{\"version\":4}"));

		String link = "https://vh.example/interventies/" + intervention + "/toezegging";
		MimeMessage notice = null;
		// the notice is sent after the commit, on another thread: wait for it (demo seeding sent others before)
		for (int attempt = 0; attempt < 100 && notice == null; attempt++) {
			if (attempt > 0) {
				Thread.sleep(100);
			}
			notice = Arrays.stream(smtp.getReceivedMessages()).filter(m -> TestMailServer.text(m).contains(link)).findFirst().orElse(null);
		}
		assertThat(notice).as("the notice with the link to the request").isNotNull();
		assertThat(List.of(notice.getRecipients(Message.RecipientType.TO)).stream().map(Object::toString).toList())
			.containsExactly("heerlen@reclassering.example.invalid");
		assertThat(notice.getSubject()).contains("verzoek om toezegging");
		String body = TestMailServer.text(notice);
		assertThat(body).contains("Stichting Reclassering Nederland regio Limburg").doesNotContain(surname)
			.doesNotContain("Kees").doesNotContain(description).doesNotContain(trajectory.toString());
	}

	/** The decoded text of a plain-text message (the raw body is quoted-printable). */


	private static String ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
		return response.body();
	}
}
