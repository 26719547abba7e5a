package nl.veiligheidshuis.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.partners.RoomKind;
import nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Appointments through the API and the pages: details only for the organiser and the participants, the room
 * booked like any slot, outcome and cancellation, the day view and the per-person filter, and the calendar feed
 * by secret address.
 */
@HouseIntegrationTest
class AppointmentsIntegrationTest {

	private static final Pattern SECRET = Pattern.compile("sleutel=([A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	HouseRooms rooms;

	@Autowired
	JdbcClient jdbc;

	record Planned(UUID appointment, UUID trajectory, UUID person, String client, OffsetDateTime startsAt, UUID room) {
	}

	/** im.demo plans a client conversation about their trajectory with probation, in an interview room. */
	private Planned planned() {
		HttpTestClient http = new HttpTestClient(port);
		String client = TrajectoriesIntegrationTest.unique("Ap");
		var accepted = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts, client);
		UUID trajectory = TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, accepted, "");
		api().send("manager.demo", "POST", "/api/v1/trajectories/" + trajectory + "/assignment",
				"{\"interventionManagerId\":\"" + api().idOf("im.demo") + "\",\"version\":0}", 200);
		OffsetDateTime startsAt = TestSlots.next();
		UUID room = interviewRoom();
		JsonNode created = api().send("im.demo", "POST", "/api/v1/appointments", """
				{"kind":"CLIENT_CONVERSATION","startsAt":"%s","endsAt":"%s","roomId":"%s","trajectoryId":"%s",
				 "participantIds":["%s"],"description":"Gesprek over de meldplicht van %s","otherParticipants":"cliënt en tolk"}"""
			.formatted(startsAt, startsAt.plusHours(1), room, trajectory, api().idOf("reclassering.demo"), client), 201);
		return new Planned(UUID.fromString(created.path("id").asString()), trajectory, accepted.personId(), client,
				startsAt, room);
	}

	@Test
	void details_are_for_the_organiser_and_the_participants_others_get_404_and_the_secretariat_the_slot_only() {
		Planned p = planned();
		String path = "/api/v1/appointments/" + p.appointment();

		JsonNode asProbation = api().send("reclassering.demo", "GET", path, null, 200);
		assertThat(asProbation.path("details").path("description").asString()).contains(p.client());
		assertThat(asProbation.path("details").path("trajectoryId").asString()).isEqualTo(p.trajectory().toString());
		api().send("politie.demo", "GET", path, null, 404);
		JsonNode asSecretariat = api().send("secretariaat.demo", "GET", path, null, 200);
		assertThat(asSecretariat.path("details").isNull()).isTrue();
		assertThat(asSecretariat.toString()).doesNotContain(p.client());
		assertThat(asSecretariat.path("roomId").asString()).isEqualTo(p.room().toString());

		JsonNode probationList = api().send("reclassering.demo", "GET", "/api/v1/appointments?from="
				+ day(p.startsAt()) + "&to=" + day(p.startsAt()).plusDays(1), null, 200);
		assertThat(probationList.toString()).contains(p.appointment().toString());
		JsonNode policeList = api().send("politie.demo", "GET", "/api/v1/appointments?from=" + day(p.startsAt()) + "&to="
				+ day(p.startsAt()).plusDays(1), null, 200);
		assertThat(policeList.toString()).doesNotContain(p.appointment().toString());

		HttpTestClient police = new HttpTestClient(port);
		police.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(police.get("/agenda/afspraken/" + p.appointment()).statusCode()).isEqualTo(404);
		// the week view shows the police the room as occupied, by kind, without link or client
		String week = police.get("/agenda/week?van=" + day(p.startsAt())).body();
		assertThat(week).contains("Cliëntgesprek").doesNotContain("/agenda/afspraken/" + p.appointment())
			.doesNotContain(p.client());
		HttpTestClient probation = new HttpTestClient(port);
		probation.login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		HttpResponse<String> page = probation.get("/agenda/afspraken/" + p.appointment());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(p.client()).contains("cliënt en tolk");

		Integer audited = jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record WHERE person_id = :p AND object_type = 'appointment'""")
			.param("p", p.person()).query(Integer.class).single();
		assertThat(audited).as("creation and the participants' reads are audited").isGreaterThanOrEqualTo(3);
	}

	@Test
	void the_room_is_booked_no_double_booking_and_cancelling_frees_it() {
		Planned p = planned();
		JsonNode clash = api().send("secretariaat.demo", "POST", "/api/v1/appointments", """
				{"kind":"VICTIM_CONVERSATION","startsAt":"%s","endsAt":"%s","roomId":"%s","otherParticipants":"slachtoffer"}"""
			.formatted(p.startsAt().plusMinutes(30), p.startsAt().plusMinutes(90), p.room()), 409);
		assertThat(clash.toString()).contains(RoomBookings.OCCUPIED);
		api().send("secretariaat.demo", "POST", "/api/v1/rooms/" + p.room() + "/bookings", """
				{"startsAt":"%s","endsAt":"%s","purpose":"Overleg"}""".formatted(p.startsAt(), p.startsAt().plusMinutes(15)),
				409);

		// a participant who did not organise it may not cancel; the organiser may
		JsonNode refused = api().send("reclassering.demo", "POST", "/api/v1/appointments/" + p.appointment()
				+ "/cancellation", null, 409);
		assertThat(refused.toString()).contains("agenda.rule.appointmentCancelBy");
		JsonNode cancelled = api().send("im.demo", "POST", "/api/v1/appointments/" + p.appointment() + "/cancellation",
				null, 200);
		assertThat(cancelled.path("cancelled").asBoolean()).isTrue();
		api().send("secretariaat.demo", "POST", "/api/v1/rooms/" + p.room() + "/bookings", """
				{"startsAt":"%s","endsAt":"%s","purpose":"Overleg"}""".formatted(p.startsAt(), p.startsAt().plusMinutes(15)),
				201);
	}

	@Test
	void participants_record_the_outcome_others_cannot() {
		Planned p = planned();
		String outcome = "/api/v1/appointments/" + p.appointment() + "/outcome";
		api().send("secretariaat.demo", "PUT", outcome, "{\"note\":\"x\"}", 404);
		JsonNode recorded = api().send("reclassering.demo", "PUT", outcome,
				"{\"note\":\"Meldplicht afgesproken: elke maandag\"}", 200);
		assertThat(recorded.path("details").path("outcomeNote").asString()).isEqualTo("Meldplicht afgesproken: elke maandag");
		assertThat(recorded.path("details").path("outcomeByName").asString()).isNotBlank();
		JsonNode invalid = api().send("reclassering.demo", "PUT", outcome, "{\"note\":\"\"}", 400);
		assertThat(invalid.toString()).contains("note");
	}

	@Test
	void invalid_appointments_list_every_field_and_every_broken_rule_and_nothing_is_written() {
		Integer before = jdbc.sql("SELECT count(*) FROM agenda_appointment").query(Integer.class).single();
		JsonNode invalid = api().send("im.demo", "POST", "/api/v1/appointments", "{}", 400);
		assertThat(invalid.path("invalidParams")).hasSize(3);
		OffsetDateTime at = TestSlots.next();
		JsonNode refused = api().send("im.demo", "POST", "/api/v1/appointments", """
				{"kind":"OTHER","startsAt":"%s","endsAt":"%s","roomId":"%s","participantIds":["%s"]}"""
			.formatted(at, at.minusHours(1), UUID.randomUUID(), UUID.randomUUID()), 409);
		List<String> codes = new ArrayList<>();
		refused.path("violatedRules").forEach(r -> codes.add(r.path("code").asString()));
		assertThat(codes).containsExactlyInAnyOrder("agenda.rule.endAfterStart", "agenda.rule.appointmentDescription",
				"agenda.rule.appointmentParticipant", "agenda.rule.appointmentRoom");
		api().send("stuurgroep.demo", "POST", "/api/v1/appointments", """
				{"kind":"OTHER","startsAt":"%s","endsAt":"%s","description":"x"}""".formatted(at, at.plusHours(1)), 403);
		assertThat(jdbc.sql("SELECT count(*) FROM agenda_appointment").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void the_page_keeps_what_was_entered_and_shows_every_broken_rule_in_dutch() {
		HttpTestClient im = new HttpTestClient(port);
		im.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		HttpResponse<String> refused = im.postForm("/agenda/afspraken/nieuw", "/agenda/afspraken",
				"kind=OTHER&date=2030-01-07&startTime=11:00&endTime=10:00&otherParticipants="
						+ HttpTestClient.encode("buurtbemiddelaar"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("De eindtijd moet na de begintijd liggen.")
			.contains("Een andere afspraak heeft een omschrijving nodig.").contains("value=\"buurtbemiddelaar\"");

		OffsetDateTime at = TestSlots.next();
		HttpResponse<String> planned = im.postForm("/agenda/afspraken/nieuw", "/agenda/afspraken",
				"kind=COMMUNITY_SERVICE_INTAKE&date=" + day(at) + "&startTime=" + time(at) + "&endTime="
						+ time(at.plusHours(1)) + "&participantIds=" + api().idOf("reclassering.demo"));
		assertThat(planned.statusCode()).isEqualTo(302);
		String location = planned.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/agenda/afspraken/");
		assertThat(im.get(location.substring(location.indexOf("/agenda"))).body()).contains("Taakstrafintake");
	}

	@Test
	void the_day_view_and_the_person_filter_show_what_the_person_takes_part_in() {
		Planned p = planned();
		HttpTestClient secretariat = new HttpTestClient(port);
		secretariat.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String day = secretariat.get("/agenda/dag?van=" + day(p.startsAt())).body();
		assertThat(day).contains("/agenda/afspraken/" + p.appointment()).doesNotContain(p.client());
		String ofProbation = secretariat.get("/agenda/dag?van=" + day(p.startsAt()) + "&persoon="
				+ api().idOf("reclassering.demo")).body();
		assertThat(ofProbation).contains("/agenda/afspraken/" + p.appointment());
		String ofPolice = secretariat.get("/agenda/dag?van=" + day(p.startsAt()) + "&persoon="
				+ api().idOf("politie.demo")).body();
		assertThat(ofPolice).doesNotContain("/agenda/afspraken/" + p.appointment());
		String nextDay = secretariat.get("/agenda/dag?van=" + day(p.startsAt()).plusDays(1)).body();
		assertThat(nextDay).doesNotContain("/agenda/afspraken/" + p.appointment());
	}

	@Test
	void a_calendar_app_reads_the_feed_by_its_secret_address_without_a_session_and_a_new_secret_ends_the_old() {
		Planned p = planned();
		HttpTestClient probation = new HttpTestClient(port);
		probation.login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String first = secret(probation);

		HttpTestClient app = new HttpTestClient(port);
		HttpResponse<String> feed = app.get("/agenda/abonnement.ics?sleutel=" + first);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		assertThat(feed.body()).contains("UID:" + p.appointment() + "\r\n").contains("SUMMARY:Cliëntgesprek\r\n")
			.doesNotContain(p.client()).doesNotContain("meldplicht").doesNotContain("tolk");
		assertThat(app.cookie("SESSION")).as("no session for the calendar app").isEmpty();

		assertThat(app.get("/agenda/abonnement.ics?sleutel=" + "x".repeat(43)).statusCode()).isEqualTo(404);
		assertThat(app.get("/agenda/abonnement.ics").statusCode()).isEqualTo(404);
		String second = secret(probation);
		assertThat(second).isNotEqualTo(first);
		assertThat(app.get("/agenda/abonnement.ics?sleutel=" + first).statusCode()).isEqualTo(404);
		assertThat(app.get("/agenda/abonnement.ics?sleutel=" + second).statusCode()).isEqualTo(200);
		// the police take no part: their feed does not hold the appointment
		HttpTestClient police = new HttpTestClient(port);
		police.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(app.get("/agenda/abonnement.ics?sleutel=" + secret(police)).body())
			.doesNotContain("UID:" + p.appointment());
		assertThat(jdbc.sql("SELECT count(*) FROM agenda_feed_token WHERE token_hash = convert_to(:t, 'UTF8')")
			.param("t", second).query(Integer.class).single()).as("only a hash is stored").isZero();
	}

	@Test
	void action_items_and_outcomes_of_a_conference_show_on_the_trajectory_timeline() {
		Planned p = planned();
		UUID room = rooms.all().stream().filter(r -> r.kind() == RoomKind.MEETING_ROOM).findFirst().orElseThrow().id();
		OffsetDateTime startsAt = TestSlots.next();
		String conference = api().send("secretariaat.demo", "POST", "/api/v1/case-conferences", """
				{"startsAt":"%s","endsAt":"%s","roomId":"%s","chairId":"%s","minuteTakerId":"%s"}""".formatted(startsAt,
				startsAt.plusHours(1), room, api().idOf("secretariaat.demo"), api().idOf("secretariaat.demo")), 201)
			.path("id").asString();
		String items = "/api/v1/case-conferences/" + conference + "/items";
		String item = api().send("im.demo", "POST", items, "{\"trajectoryId\":\"" + p.trajectory() + "\"}", 201)
			.path("id").asString();
		String action = api().send("secretariaat.demo", "POST", items + "/" + item + "/action-items", """
				{"description":"Huisbezoek afleggen","ownerUserId":"%s","dueOn":"%s","condition":"Na toestemming"}"""
			.formatted(api().idOf("reclassering.demo"), day(startsAt).plusDays(14)), 201).path("id").asString();
		api().send("secretariaat.demo", "POST", items + "/" + item + "/outcomes",
				"{\"text\":\"Huisbezoek\",\"clientInformed\":true}", 201);
		api().send("reclassering.demo", "POST", "/api/v1/case-conferences/" + conference + "/action-items/" + action
				+ "/completion", null, 204);

		JsonNode dossier = api().send("im.demo", "GET", "/api/v1/trajectories/" + p.trajectory(), null, 200);
		List<String> kinds = new ArrayList<>();
		dossier.path("timeline").forEach(e -> kinds.add(e.path("kind").asString()));
		assertThat(kinds).contains("ACTION_ITEM_AGREED", "ACTION_ITEM_COMPLETED", "CONFERENCE_OUTCOME_PUBLISHED");
		assertThat(dossier.path("timeline").toString()).contains("Huisbezoek afleggen").contains("Na toestemming");
		HttpTestClient im = new HttpTestClient(port);
		im.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(im.get("/trajecten/" + p.trajectory()).body())
			.contains("Actiepunt uit het casusoverleg: Huisbezoek afleggen")
			.contains("Actiepunt afgerond: Huisbezoek afleggen")
			.contains("Uitkomst van het casusoverleg gepubliceerd (versie 1)");
	}

	private String secret(HttpTestClient user) {
		HttpResponse<String> renewed = user.postForm("/agenda/abonnement", "/agenda/abonnement", "");
		assertThat(renewed.statusCode()).isEqualTo(302);
		Matcher secret = SECRET.matcher(user.get("/agenda/abonnement").body());
		assertThat(secret.find()).as("the page shows the new address once").isTrue();
		return secret.group(1);
	}

	private UUID interviewRoom() {
		return rooms.all().stream().filter(r -> r.kind() == RoomKind.INTERVIEW_ROOM).findFirst()
			.or(() -> rooms.all().stream().filter(r -> r.kind() == RoomKind.MEETING_ROOM).findFirst()).orElseThrow().id();
	}

	private static java.time.LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDate();
	}

	private static String time(OffsetDateTime at) {
		return at.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalTime().toString();
	}

	private AgendaTestClient api() {
		return new AgendaTestClient(port, apiTokens, accounts);
	}
}
