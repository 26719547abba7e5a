package nl.veiligheidshuis.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Arrays;
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
import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.partners.RoomKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invitations and cancellations of a case conference against a real SMTP server (GreenMail): the invited
 * partner's contact address and the external invitee receive the link, the time and the room, and nothing of
 * the items (subject, scenarios).
 */
@HouseIntegrationTest
class ConferenceMailIntegrationTest {

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

	@Autowired
	HouseRooms rooms;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void invitees_receive_the_invitation_and_the_cancellation_with_the_link_and_no_client_data() throws Exception {
		UUID secretary = accounts.list().stream().filter(a -> a.username().equals("secretariaat.demo")).findFirst()
			.orElseThrow().id();
		UUID room = rooms.all().stream().filter(r -> r.kind() == RoomKind.MEETING_ROOM).findFirst().orElseThrow().id();
		OffsetDateTime at = TestSlots.next();
		String created = send("POST", "/api/v1/case-conferences", """
				{"startsAt":"%s","endsAt":"%s","roomId":"%s","chairId":"%s","minuteTakerId":"%s"}""".formatted(at,
				at.plusHours(1), room, secretary, secretary), 201);
		String conference = JsonMapper.builder().build().readTree(created).path("id").asString();
		String subject = "Vertrouwelijk onderwerp " + UUID.randomUUID();
		String item = JsonMapper.builder().build().readTree(send("POST", "/api/v1/case-conferences/" + conference + "/items",
				"{\"subject\":\"" + subject + "\"}", 201)).path("id").asString();
		String itemPath = "/api/v1/case-conferences/" + conference + "/items/" + item;
		send("POST", itemPath + "/scenarios", """
				{"description":"Geheim scenario","partnerIds":["%s"]}""".formatted(
				partners.findByName("Stichting Reclassering Nederland regio Limburg").orElseThrow().value()), 200);
		send("POST", itemPath + "/external-invitees",
				"{\"name\":\"A. Extern\",\"organisation\":\"Corporatie\",\"email\":\"extern@corporatie.example.invalid\"}", 200);

		send("POST", "/api/v1/case-conferences/" + conference + "/invitations", null, 202);
		String link = "https://vh.example/agenda/" + conference;
		MimeMessage invitation = await(link, "uitnodiging");
		// blind copies: GreenMail keeps one copy per recipient (the partner's contact address and the external
		// invitee), and no message lists the other invitees
		// (the copies are sent one after the other: wait for the second before counting)
		for (int attempt = 0; attempt < 100 && mails(link, "uitnodiging") < 2; attempt++) {
			Thread.sleep(100);
		}
		assertThat(mails(link, "uitnodiging")).isEqualTo(2);
		assertThat(invitation.getRecipients(Message.RecipientType.TO)).isNull();
		assertThat(TestMailServer.text(invitation)).doesNotContain(subject).doesNotContain("Geheim").contains(link);
		// the event for the calendar app: the conference's UID, "Casusoverleg", time and room, no client data
		String event = TestMailServer.parts(invitation, "text/calendar");
		assertThat(event).contains("METHOD:PUBLISH\r\n").contains("UID:" + conference + "\r\n")
			.contains("SEQUENCE:0\r\n").contains("STATUS:CONFIRMED\r\n").contains("SUMMARY:Casusoverleg\r\n")
			.contains("DTSTART:" + ICalendar.utc(at) + "\r\n").doesNotContain(subject).doesNotContain("Geheim");

		// the chair sends the outcome to the item's external invitee: to that address only, the text in the mail
		String outcome = "Corporatie zorgt voor een andere woning " + UUID.randomUUID();
		send("POST", itemPath + "/outcomes", "{\"text\":\"" + outcome
				+ "\",\"clientInformed\":true,\"sendToExternalInvitees\":true}", 201);
		MimeMessage toExternal = await(outcome, "uitkomst");
		assertThat(toExternal.getAllRecipients()).extracting(Object::toString)
			.containsExactly("extern@corporatie.example.invalid");
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> TestMailServer.text(m).contains(outcome)))
			.hasSize(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record WHERE action = 'EXPORT' AND object_type = 'case-conference-item'
				AND object_id = :i""").param("i", item).query(Integer.class).single()).isEqualTo(1);

		send("POST", "/api/v1/case-conferences/" + conference + "/cancellation", null, 200);
		MimeMessage cancellation = await(link, "afgelast");
		assertThat(TestMailServer.text(cancellation)).doesNotContain(subject).contains(link);
		// the same event, cancelled: a higher sequence so calendar apps replace the earlier one
		assertThat(TestMailServer.parts(cancellation, "text/calendar")).contains("UID:" + conference + "\r\n")
			.contains("SEQUENCE:1\r\n").contains("STATUS:CANCELLED\r\n");
	}

	private long mails(String link, String subjectPart) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> TestMailServer.text(m).contains(link) && subject(m).contains(subjectPart)).count();
	}

	private MimeMessage await(String link, String subjectPart) throws Exception {
		for (int attempt = 0; attempt < 100; attempt++) {
			MimeMessage found = Arrays.stream(smtp.getReceivedMessages())
				.filter(m -> TestMailServer.text(m).contains(link) && subject(m).contains(subjectPart)).findFirst().orElse(null);
			if (found != null) {
				return found;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail '" + subjectPart + "' with " + link);
	}

	private String send(String method, String path, String json, int expected) {
		HttpTestClient http = new HttpTestClient(port);
		var request = http.request(path)
			.header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, "secretariaat.demo"));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
		HttpResponse<String> response = http.send(request);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		return response.body();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}


}
