package nl.veiligheidshuis.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.partners.PartnerType;
import nl.veiligheidshuis.partners.RoomKind;
import nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case conferences through the API and the pages, as the secretariat, the intervention manager and two partner
 * professionals: need-to-know per item, the invitation list computed from the scenarios, action items in "Mijn
 * werk" and on the next agenda, outcomes, audit.
 */
@HouseIntegrationTest
public class CaseConferencesIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();
	public static final String PROBATION = "Stichting Reclassering Nederland regio Limburg";
	public static final String POLICE = "Politie regio Limburg Zuid";

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
	JdbcClient jdbc;

	/** Two trajectories of im.demo, a conference with an item about each: A needs probation, B the police. */
	/** The items of this test's plan (A first), whatever else returned on the agenda. */
	private static List<JsonNode> own(JsonNode conference, Planned p) {
		List<JsonNode> own = new ArrayList<>();
		for (UUID id : List.of(p.itemA(), p.itemB())) {
			conference.path("items").forEach(item -> {
				if (item.path("id").asString().equals(id.toString())) {
					own.add(item);
				}
			});
		}
		return own;
	}

	record Planned(UUID conference, UUID itemA, UUID itemB, String clientA, String clientB, UUID trajectoryA,
			UUID personA, OffsetDateTime startsAt) {
	}

	Planned planned() {
		HttpTestClient http = new HttpTestClient(port);
		String clientA = TrajectoriesIntegrationTest.unique("Agendaa");
		String clientB = TrajectoriesIntegrationTest.unique("Agendab");
		var acceptedA = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts, clientA);
		var acceptedB = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts, clientB);
		UUID trajectoryA = TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, acceptedA, "");
		UUID trajectoryB = TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, acceptedB, "");
		for (UUID trajectory : List.of(trajectoryA, trajectoryB)) {
			send("manager.demo", "POST", "/api/v1/trajectories/" + trajectory + "/assignment",
					"{\"interventionManagerId\":\"" + idOf("im.demo") + "\",\"version\":0}", 200);
		}
		OffsetDateTime startsAt = TestSlots.next();
		UUID room = rooms.all().stream().filter(r -> r.kind() == RoomKind.MEETING_ROOM).findFirst().orElseThrow().id();
		JsonNode conference = send("secretariaat.demo", "POST", "/api/v1/case-conferences", """
				{"startsAt":"%s","endsAt":"%s","roomId":"%s","chairId":"%s","minuteTakerId":"%s"}""".formatted(startsAt,
				startsAt.plusHours(2), room, idOf("secretariaat.demo"), idOf("secretariaat.demo")), 201);
		UUID conferenceId = UUID.fromString(conference.path("id").asString());
		String items = "/api/v1/case-conferences/" + conferenceId + "/items";
		UUID itemA = UUID.fromString(send("im.demo", "POST", items, "{\"trajectoryId\":\"" + trajectoryA + "\"}", 201)
			.path("id").asString());
		UUID itemB = UUID.fromString(send("im.demo", "POST", items, "{\"trajectoryId\":\"" + trajectoryB + "\"}", 201)
			.path("id").asString());
		send("im.demo", "POST", items + "/" + itemA + "/scenarios", """
				{"description":"Toezicht met meldplicht","partnerIds":["%s"]}""".formatted(partner(PROBATION)), 200);
		send("im.demo", "POST", items + "/" + itemB + "/scenarios", """
				{"description":"Gebiedsverbod handhaven","partnerIds":["%s"]}""".formatted(partner(POLICE)), 200);
		return new Planned(conferenceId, itemA, itemB, clientA, clientB, trajectoryA, acceptedA.personId(), startsAt);
	}

	@Test
	void a_partner_invited_to_item_A_cannot_read_item_B_in_the_API_or_the_pages() {
		Planned p = planned();
		String path = "/api/v1/case-conferences/" + p.conference();

		JsonNode asProbation = send("reclassering.demo", "GET", path, null, 200);
		// Open action items of earlier conferences (the demo's, other tests') return on every new agenda:
		// look at this test's own two items.
		List<JsonNode> own = own(asProbation, p);
		assertThat(own).hasSize(1);
		assertThat(own.getFirst().path("id").asString()).isEqualTo(p.itemA().toString());
		assertThat(asProbation.toString()).contains(p.clientA()).doesNotContain(p.clientB())
			.doesNotContain("Gebiedsverbod");
		send("reclassering.demo", "GET", path + "/items/" + p.itemB(), null, 404);
		send("reclassering.demo", "PUT", path + "/items/" + p.itemB() + "/minutes", "{\"minutes\":\"x\"}", 404);
		send("politie.demo", "GET", path + "/items/" + p.itemA(), null, 404);
		send("politie.demo", "GET", path + "/items/" + p.itemB(), null, 200);

		HttpTestClient browser = new HttpTestClient(port);
		browser.login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		HttpResponse<String> page = browser.get("/agenda/" + p.conference());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(p.clientA()).doesNotContain(p.clientB()).doesNotContain("Gebiedsverbod");
		assertThat(browser.get("/agenda").body()).contains("/agenda/" + p.conference());
	}

	@Test
	void an_invited_partner_without_a_privacy_covenant_for_the_client_does_not_see_the_item() {
		Planned p = planned();
		// a housing association in the register that has not acceded to the covenant
		PartnerOrganisationId housing = partners.register("Woningstichting Zonder Convenant " + UUID.randomUUID(),
				PartnerType.HOUSING);
		String username = "woning." + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Wendy Woning", housing, EnumSet.of(Role.PARTNER_PROFESSIONAL), "lange zin als wachtwoord");
		String items = "/api/v1/case-conferences/" + p.conference() + "/items/";
		send("im.demo", "POST", items + p.itemA() + "/scenarios",
				"{\"description\":\"Woonbegeleiding\",\"partnerIds\":[\"" + housing.value() + "\"]}", 200);
		// invited (the invitation list says so), yet not entitled to the client's data
		assertThat(send("secretariaat.demo", "GET", "/api/v1/case-conferences/" + p.conference(), null, 200)
			.path("invitations").toString()).contains("Woningstichting Zonder Convenant");
		HttpTestClient browser = new HttpTestClient(port);
		browser.login(username, "lange zin als wachtwoord");
		HttpResponse<String> page = browser.get("/agenda/" + p.conference());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain(p.clientA());
		assertThat(browser.get("/agenda/week?van=" + p.startsAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
			.toLocalDate()).body()).doesNotContain("/agenda/" + p.conference());
	}

	@Test
	void a_partner_invited_to_no_item_gets_404_for_the_whole_conference_and_does_not_see_it_listed() {
		Planned p = planned();

		send("stuurgroep.demo", "GET", "/api/v1/case-conferences/" + p.conference(), null, 403);
		HttpTestClient browser = new HttpTestClient(port);
		browser.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		// the police are invited to item B only: the conference is listed, item A's client is not on any page
		assertThat(browser.get("/agenda/" + p.conference()).body()).doesNotContain(p.clientA());
		JsonNode list = send("reclassering.demo", "GET", "/api/v1/case-conferences?from=" + p.startsAt().toLocalDate(),
				null, 200);
		assertThat(list.toString()).contains(p.conference().toString());
		send("reclassering.demo", "GET", "/api/v1/case-conferences/" + UUID.randomUUID(), null, 404);
	}

	@Test
	void the_invitation_list_follows_from_the_scenarios_of_the_items() {
		Planned p = planned();

		JsonNode view = send("secretariaat.demo", "GET", "/api/v1/case-conferences/" + p.conference(), null, 200);
		// Positions of this test's own items (returning action items of earlier conferences come first).
		List<JsonNode> own = own(view, p);
		assertThat(own).as("the secretariat sees both items").hasSize(2);
		int positionA = own.get(0).path("position").asInt();
		int positionB = own.get(1).path("position").asInt();
		List<String> invitations = new ArrayList<>();
		view.path("invitations").forEach(i -> {
			List<Integer> ownPositions = new ArrayList<>();
			i.path("items").forEach(n -> {
				if (n.asInt() == positionA || n.asInt() == positionB) {
					ownPositions.add(n.asInt());
				}
			});
			if (!ownPositions.isEmpty()) {
				invitations.add(i.path("name").asString() + " " + ownPositions);
			}
		});
		assertThat(invitations).containsExactlyInAnyOrder(POLICE + " [" + positionB + "]", PROBATION + " [" + positionA + "]");
	}

	@Test
	void the_ics_feed_holds_only_the_conferences_the_user_may_see_without_client_data() {
		Planned p = planned();
		// a second conference with one item only, needing probation: the police are invited to no item of it
		OffsetDateTime startsAt = TestSlots.next();
		UUID room = rooms.all().stream().filter(r -> r.kind() == RoomKind.MEETING_ROOM).findFirst().orElseThrow().id();
		UUID other = UUID.fromString(send("secretariaat.demo", "POST", "/api/v1/case-conferences", """
				{"startsAt":"%s","endsAt":"%s","roomId":"%s","chairId":"%s","minuteTakerId":"%s"}""".formatted(startsAt,
				startsAt.plusHours(1), room, idOf("secretariaat.demo"), idOf("secretariaat.demo")), 201)
			.path("id").asString());
		String items = "/api/v1/case-conferences/" + other + "/items";
		UUID item = UUID.fromString(send("im.demo", "POST", items, "{\"trajectoryId\":\"" + p.trajectoryA() + "\"}", 201)
			.path("id").asString());
		send("im.demo", "POST", items + "/" + item + "/scenarios", """
				{"description":"Toezicht","partnerIds":["%s"]}""".formatted(partner(PROBATION)), 200);

		HttpTestClient probation = new HttpTestClient(port);
		probation.login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		HttpResponse<String> feed = probation.get("/agenda/feed.ics");
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		String ics = feed.body();
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
			.contains("UID:" + p.conference() + "\r\n").contains("UID:" + other + "\r\n")
			.contains("SUMMARY:Casusoverleg\r\n")
			.contains("DTSTART:" + ICalendar.utc(p.startsAt()) + "\r\n")
			.contains("DTEND:" + ICalendar.utc(p.startsAt().plusHours(2)) + "\r\n")
			.doesNotContain(p.clientA()).doesNotContain(p.clientB()).doesNotContain("Gebiedsverbod")
			.doesNotContain("Toezicht");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");

		HttpTestClient police = new HttpTestClient(port);
		police.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String policeFeed = police.get("/agenda/feed.ics").body();
		assertThat(policeFeed).contains("UID:" + p.conference()).doesNotContain("UID:" + other)
			.doesNotContain(p.clientA()).doesNotContain(p.clientB());

		HttpTestClient secretariat = new HttpTestClient(port);
		secretariat.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(secretariat.get("/agenda/feed.ics").body()).contains("UID:" + p.conference())
			.contains("UID:" + other);
	}

	@Test
	void the_week_view_shows_visible_conferences_and_bookings_per_day_without_client_data() {
		Planned p = planned();
		String week = "/agenda/week?van=" + p.startsAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
			.toLocalDate();
		HttpTestClient probation = new HttpTestClient(port);
		probation.login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		HttpResponse<String> page = probation.get(week);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("/agenda/" + p.conference()).contains("Casusoverleg")
			.doesNotContain(p.clientA()).doesNotContain(p.clientB());
		HttpTestClient stuurgroep = new HttpTestClient(port);
		stuurgroep.login("stuurgroep.demo", HouseIntegrationTest.DEMO_PASSWORD);
		// The steering group sees aggregates only (issue 10): the agenda is not even there for them.
		HttpResponse<String> other = stuurgroep.get(week);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("/agenda/" + p.conference());
	}

	@Test
	void an_invalid_plan_lists_every_field_and_every_broken_rule() {
		JsonNode invalid = send("secretariaat.demo", "POST", "/api/v1/case-conferences", "{}", 400);
		assertThat(invalid.path("invalidParams")).hasSize(5);
		OffsetDateTime at = OffsetDateTime.now().plusDays(3);
		JsonNode refused = send("secretariaat.demo", "POST", "/api/v1/case-conferences", """
				{"startsAt":"%s","endsAt":"%s","roomId":"%s","chairId":"%s","minuteTakerId":"%s"}""".formatted(at,
				at.minusHours(1), UUID.randomUUID(), UUID.randomUUID(), idOf("politie.demo")), 409);
		assertThat(refused.path("violatedRules")).hasSize(4);
		send("reclassering.demo", "POST", "/api/v1/case-conferences", """
				{"startsAt":"%s","endsAt":"%s","roomId":"%s","chairId":"%s","minuteTakerId":"%s"}""".formatted(at,
				at.plusHours(1), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), 403);
	}

	@Test
	void an_open_action_item_shows_in_the_owners_work_and_returns_on_the_next_agenda_until_done() {
		Planned p = planned();
		String item = "/api/v1/case-conferences/" + p.conference() + "/items/" + p.itemA();
		send("secretariaat.demo", "PUT", item + "/minutes", "{\"minutes\":\"Besproken: meldplicht\"}", 200);
		send("secretariaat.demo", "POST", item + "/decisions", "{\"text\":\"Scenario 1 gekozen\"}", 201);
		String description = "Meldplicht regelen voor " + p.clientA();
		UUID action = UUID.fromString(send("secretariaat.demo", "POST", item + "/action-items", """
				{"description":"%s","ownerUserId":"%s","dueOn":"%s"}""".formatted(description, idOf("reclassering.demo"),
				LocalDate.now().plusDays(7)), 201).path("id").asString());

		HttpTestClient browser = new HttpTestClient(port);
		browser.login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(browser.get("/").body()).contains("openstaand actiepunt uit een casusoverleg")
			.contains("/agenda/" + p.conference()).doesNotContain(p.clientA());

		UUID room = rooms.all().stream().filter(r -> r.kind() == RoomKind.MEETING_ROOM).findFirst().orElseThrow().id();
		OffsetDateTime next = TestSlots.next();
		JsonNode later = send("secretariaat.demo", "POST", "/api/v1/case-conferences", """
				{"startsAt":"%s","endsAt":"%s","roomId":"%s","chairId":"%s","minuteTakerId":"%s"}""".formatted(next,
				next.plusHours(1), room, idOf("secretariaat.demo"), idOf("secretariaat.demo")), 201);
		JsonNode returning = itemAbout(later, p.trajectoryA());
		assertThat(returning.path("returningActionItems").toString()).contains(description);
		// the owner's organisation is invited to the returning item
		JsonNode asProbation = send("reclassering.demo", "GET", "/api/v1/case-conferences/" + later.path("id").asString(),
				null, 200);
		assertThat(asProbation.toString()).contains(description);

		send("reclassering.demo", "POST", "/api/v1/case-conferences/" + p.conference() + "/action-items/" + action
				+ "/completion", null, 204);
		JsonNode afterwards = send("secretariaat.demo", "GET", "/api/v1/case-conferences/" + later.path("id").asString(),
				null, 200);
		assertThat(itemAbout(afterwards, p.trajectoryA()).path("returningActionItems")).isEmpty();
	}

	@Test
	void the_chair_publishes_versioned_outcomes_with_whether_the_client_was_informed_and_reads_are_audited() {
		Planned p = planned();
		String item = "/api/v1/case-conferences/" + p.conference() + "/items/" + p.itemA();
		JsonNode missingReason = send("secretariaat.demo", "POST", item + "/outcomes",
				"{\"text\":\"Toezicht\",\"clientInformed\":false}", 409);
		assertThat(missingReason.toString()).contains("agenda.rule.notInformedReason");
		send("secretariaat.demo", "POST", item + "/outcomes",
				"{\"text\":\"Toezicht\",\"clientInformed\":false,\"notInformedReason\":\"Niet bereikbaar\"}", 201);
		JsonNode second = send("secretariaat.demo", "POST", item + "/outcomes",
				"{\"text\":\"Toezicht met meldplicht\",\"clientInformed\":true}", 201);
		assertThat(second.path("outcomes")).hasSize(2);
		assertThat(second.path("outcomes").get(0).path("version").asInt()).isEqualTo(2);
		// the chair only: the intervention manager may not publish
		send("im.demo", "POST", item + "/outcomes", "{\"text\":\"x\",\"clientInformed\":true}", 403);

		assertThat(send("reclassering.demo", "GET", item, null, 200).path("outcomes")).hasSize(2);
		Integer audited = jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record WHERE person_id = :p AND action = 'READ'
				AND object_type = 'case-conference-item' AND object_id = :o""")
			.param("p", p.personA()).param("o", p.itemA().toString()).query(Integer.class).single();
		assertThat(audited).isGreaterThanOrEqualTo(2);
	}

	@Test
	void an_invited_partner_takes_part_in_the_trajectory() throws InterruptedException {
		Planned p = planned();
		int status = 0;
		for (int attempt = 0; attempt < 100 && status != 200; attempt++) {
			Thread.sleep(100);
			status = raw("reclassering.demo", "GET", "/api/v1/trajectories/" + p.trajectoryA(), null).statusCode();
		}
		assertThat(status).as("probation reads the trajectory after its invitation").isEqualTo(200);
	}

	private JsonNode itemAbout(JsonNode conference, UUID trajectory) {
		for (JsonNode item : conference.path("items")) {
			if (item.path("trajectoryId").asString().equals(trajectory.toString())) {
				return item;
			}
		}
		throw new AssertionError("No item about " + trajectory + " in " + conference);
	}

	private UUID partner(String name) {
		return partners.findByName(name).orElseThrow().value();
	}

	private UUID idOf(String username) {
		return api().idOf(username);
	}

	private HttpResponse<String> raw(String username, String method, String path, String json) {
		return api().raw(username, method, path, json);
	}

	private JsonNode send(String username, String method, String path, String json, int expected) {
		return api().send(username, method, path, json, expected);
	}

	private AgendaTestClient api() {
		return new AgendaTestClient(port, apiTokens, accounts);
	}
}
