package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.agenda.TestSlots;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.partners.RoomKind;
import nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients for the privacy tests, made through the API as the house makes them: a referral by the police with
 * a BSN (accepted by the secretariat), optionally an urgent trajectory with probation, assigned to im.demo, an
 * item on a case conference with a scenario for probation, read by probation, and closed.
 */
final class PrivacyClients {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String PROBATION = "Stichting Reclassering Nederland regio Limburg";

	record Client(UUID personId, UUID referralId, String surname, String bsn, LocalDate dateOfBirth,
			UUID trajectoryId, UUID conferenceId, UUID itemId) {
	}

	private static final String[] GIVEN = { "Pieter", "Ahmed", "Johannes", "Kevin", "Mehmet", "Thijs", "Ruben",
			"Youssef", "Bas", "Sven", "Daan", "Luuk", "Jeroen", "Marco", "Stefan", "Bram" };

	private final int port;
	private final ApiTokens apiTokens;
	private final UserAccounts accounts;
	private final PartnerOrganisations partners;
	private final HouseRooms rooms;
	private final Random random = new Random();

	PrivacyClients(int port, ApiTokens apiTokens, UserAccounts accounts, PartnerOrganisations partners, HouseRooms rooms) {
		this.port = port;
		this.apiTokens = apiTokens;
		this.accounts = accounts;
		this.partners = partners;
		this.rooms = rooms;
	}

	/** A referred person only (accepted referral, source record). */
	Client referred(String prefix) {
		// Different from every other test person in every field, so identity resolution keeps them apart.
		// Twelve random letters before the shared prefix keep the surnames of one test's persons far apart.
		String random12 = TrajectoriesIntegrationTest.unique("") + TrajectoriesIntegrationTest.unique("").substring(4);
		String surname = Character.toUpperCase(random12.charAt(0)) + random12.substring(1) + prefix.toLowerCase();
		String given = GIVEN[random.nextInt(GIVEN.length)];
		String bsn = bsn();
		LocalDate born = LocalDate.of(1921, 1, 1).plusDays(random.nextInt(365 * 10));
		JsonNode created = send("politie.demo", "POST", "/api/v1/referrals", """
				{"kind":"REFERRAL","bsn":"%s","givenNames":"%s","surname":"%s","dateOfBirth":"%s","gender":"M",
				 "street":"Wisselstraat","houseNumber":"%d","postalCode":"64%02dAB","city":"Heerlen",
				 "targetGroups":["PROLIFIC_OFFENDER"],"reason":"Overlast rond het station door %s",
				 "goal":"Plan op maat","personInformed":true}""".formatted(bsn, given, surname, born, 1 + random.nextInt(400),
				10 + random.nextInt(89), surname), 201);
		UUID referral = UUID.fromString(created.path("id").asString());
		send("secretariaat.demo", "POST", "/api/v1/referrals/" + referral + "/decision",
				"{\"outcome\":\"ACCEPTED\",\"reason\":\"Past in de aanpak\"}", 204);
		UUID person = UUID.fromString(send("politie.demo", "GET", "/api/v1/referrals/" + referral, null, 200)
			.path("personId").asString());
		return new Client(person, referral, surname, bsn, born, null, null, null);
	}

	/** A referred person with a trajectory (probation taking part), a conference item read by probation, closed. */
	Client withClosedTrajectory(String prefix) {
		Client referred = referred(prefix);
		UUID probation = partners.findByName(PROBATION).orElseThrow().value();
		JsonNode started = send("manager.demo", "POST", "/api/v1/trajectories", """
				{"referralId":"%s","reason":"Dreigende escalatie","partnerIds":["%s"]}""".formatted(referred.referralId(),
				probation), 201);
		UUID trajectory = UUID.fromString(started.path("id").asString());
		send("manager.demo", "POST", "/api/v1/trajectories/" + trajectory + "/assignment",
				"{\"interventionManagerId\":\"" + idOf("im.demo") + "\",\"version\":0}", 200);
		OffsetDateTime startsAt = TestSlots.next();
		UUID room = rooms.all().stream().filter(r -> r.kind() == RoomKind.MEETING_ROOM).findFirst().orElseThrow().id();
		JsonNode conference = send("secretariaat.demo", "POST", "/api/v1/case-conferences", """
				{"startsAt":"%s","endsAt":"%s","roomId":"%s","chairId":"%s","minuteTakerId":"%s"}""".formatted(startsAt,
				startsAt.plusHours(2), room, idOf("secretariaat.demo"), idOf("secretariaat.demo")), 201);
		UUID conferenceId = UUID.fromString(conference.path("id").asString());
		String items = "/api/v1/case-conferences/" + conferenceId + "/items";
		UUID item = UUID.fromString(send("im.demo", "POST", items, "{\"trajectoryId\":\"" + trajectory + "\"}", 201)
			.path("id").asString());
		send("im.demo", "POST", items + "/" + item + "/scenarios", """
				{"description":"Toezicht met meldplicht voor %s","partnerIds":["%s"]}""".formatted(referred.surname(),
				probation), 200);
		// Probation reads the dossier and the conference: it is a recipient of the person's data.
		send("reclassering.demo", "GET", "/api/v1/trajectories/" + trajectory, null, 200);
		send("reclassering.demo", "GET", "/api/v1/case-conferences/" + conferenceId, null, 200);
		long version = send("manager.demo", "GET", "/api/v1/trajectories/" + trajectory, null, 200).path("version")
			.asLong();
		send("manager.demo", "POST", "/api/v1/trajectories/" + trajectory + "/closure",
				"{\"reason\":\"DESELECTED\",\"version\":" + version + "}", 200);
		return new Client(referred.personId(), referred.referralId(), referred.surname(), referred.bsn(),
				referred.dateOfBirth(), trajectory, conferenceId, item);
	}

	/** A random BSN that passes the 11-test. */
	String bsn() {
		while (true) {
			int[] digits = new int[9];
			digits[0] = 1 + random.nextInt(9);
			for (int k = 1; k < 9; k++) {
				digits[k] = random.nextInt(10);
			}
			int sum = 0;
			for (int k = 0; k < 8; k++) {
				sum += digits[k] * (9 - k);
			}
			sum -= digits[8];
			if (sum % 11 == 0) {
				StringBuilder text = new StringBuilder();
				for (int digit : digits) {
					text.append(digit);
				}
				return text.toString();
			}
		}
	}

	UUID idOf(String username) {
		return accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
	}

	HttpResponse<String> raw(String username, String method, String path, String json, String accept) {
		HttpTestClient http = new HttpTestClient(port);
		var request = http.request(path).header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, username));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		request.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
		return http.send(request);
	}

	JsonNode send(String username, String method, String path, String json, int expected) {
		HttpResponse<String> response = raw(username, method, path, json, null);
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
	}
}
