package nl.veiligheidshuis.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.partners.RoomKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Room and flex-desk booking against the real database: no double booking (also when two requests race: the
 * exclusion constraint lets exactly one win), adjacent slots allowed, conferences book their room.
 */
@HouseIntegrationTest
class RoomBookingsIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	HouseRooms rooms;

	private UUID room(RoomKind kind) {
		return rooms.all().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow().id();
	}

	private static String booking(OffsetDateTime start, OffsetDateTime end, String purpose) {
		return """
				{"startsAt":"%s","endsAt":"%s","purpose":"%s"}""".formatted(start, end, purpose);
	}

	@Test
	void a_double_booking_is_refused_with_409_and_adjacent_slots_are_allowed() {
		UUID desk = room(RoomKind.FLEX_DESK);
		String path = "/api/v1/rooms/" + desk + "/bookings";
		OffsetDateTime at = TestSlots.next();
		send("secretariaat.demo", "POST", path, booking(at, at.plusHours(1), "Werkplek reclassering"), 201);

		JsonNode refused = send("secretariaat.demo", "POST", path,
				booking(at.plusMinutes(30), at.plusHours(2), "Overlappend"), 409);
		assertThat(refused.path("violatedRules").toString()).contains("agenda.rule.roomOccupied")
			.contains("al bezet");
		send("secretariaat.demo", "POST", path, booking(at.minusHours(1), at, "Ervoor"), 201);
		send("secretariaat.demo", "POST", path, booking(at.plusHours(1), at.plusHours(2), "Erna"), 201);

		JsonNode list = send("reclassering.demo", "GET", path + "?from=" + at.toLocalDate() + "&to=" + at.toLocalDate(),
				null, 200);
		assertThat(list.path("bookings")).hasSize(3);
	}

	@Test
	void two_concurrent_requests_for_the_same_slot_exactly_one_wins() throws Exception {
		UUID room = room(RoomKind.MEETING_ROOM);
		String path = "/api/v1/rooms/" + room + "/bookings";
		for (int round = 0; round < 3; round++) {
			OffsetDateTime at = TestSlots.next();
			String body = booking(at, at.plusHours(1), "Race " + round);
			int requests = 4;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(requests);
			try {
				List<Future<Integer>> answers = new ArrayList<>();
				for (int i = 0; i < requests; i++) {
					Callable<Integer> call = () -> {
						start.await();
						return raw("secretariaat.demo", "POST", path, body).statusCode();
					};
					answers.add(pool.submit(call));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> answer : answers) {
					statuses.add(answer.get());
				}
				assertThat(statuses).as("round " + round).containsOnly(201, 409);
				assertThat(statuses.stream().filter(s -> s == 201).count()).as("round " + round).isEqualTo(1);
			}
			finally {
				pool.shutdownNow();
			}
			JsonNode list = send("secretariaat.demo", "GET", path + "?from=" + at.toLocalDate(), null, 200);
			assertThat(list.path("bookings").toString()).containsOnlyOnce("Race " + round);
		}
	}

	@Test
	void invalid_bookings_list_every_field_and_unknown_rooms_answer_404_and_only_planners_book() {
		UUID room = room(RoomKind.MEETING_ROOM);
		String path = "/api/v1/rooms/" + room + "/bookings";
		assertThat(send("secretariaat.demo", "POST", path, "{}", 400).path("invalidParams")).hasSize(3);
		OffsetDateTime at = TestSlots.next();
		assertThat(send("secretariaat.demo", "POST", path, booking(at, at.minusHours(1), "Achterstevoren"), 409)
			.path("violatedRules").toString()).contains("agenda.rule.endAfterStart");
		send("secretariaat.demo", "GET", "/api/v1/rooms/" + UUID.randomUUID() + "/bookings", null, 404);
		send("reclassering.demo", "POST", path, booking(at, at.plusHours(1), "Mag niet"), 403);
	}

	@Test
	void a_conference_books_its_room_and_is_refused_in_an_occupied_room() {
		UUID room = room(RoomKind.MEETING_ROOM);
		String bookings = "/api/v1/rooms/" + room + "/bookings";
		OffsetDateTime at = TestSlots.next();
		UUID secretary = idOf("secretariaat.demo");
		String plan = """
				{"startsAt":"%s","endsAt":"%s","roomId":"%s","chairId":"%s","minuteTakerId":"%s"}""";
		JsonNode conference = send("secretariaat.demo", "POST", "/api/v1/case-conferences",
				plan.formatted(at, at.plusHours(2), room, secretary, secretary), 201);
		JsonNode occupancy = send("politie.demo", "GET", bookings + "?from=" + at.toLocalDate(), null, 200);
		assertThat(occupancy.toString()).contains("Casusoverleg").contains(conference.path("id").asString());

		// the room is taken by the conference: a booking and a second conference in it are refused
		send("secretariaat.demo", "POST", bookings, booking(at.plusHours(1), at.plusHours(3), "Overleg"), 409);
		JsonNode refused = send("secretariaat.demo", "POST", "/api/v1/case-conferences",
				plan.formatted(at.plusHours(1), at.plusHours(3), room, secretary, secretary), 409);
		assertThat(refused.path("violatedRules").toString()).contains("agenda.rule.roomOccupied");

		// a booked slot refuses a conference too; right after it is free
		OffsetDateTime later = TestSlots.next();
		send("secretariaat.demo", "POST", bookings, booking(later, later.plusHours(1), "Teamoverleg"), 201);
		send("secretariaat.demo", "POST", "/api/v1/case-conferences",
				plan.formatted(later.plusMinutes(30), later.plusHours(2), room, secretary, secretary), 409);
		send("secretariaat.demo", "POST", "/api/v1/case-conferences",
				plan.formatted(later.plusHours(1), later.plusHours(2), room, secretary, secretary), 201);

		// cancelling frees the room
		send("secretariaat.demo", "POST", "/api/v1/case-conferences/" + conference.path("id").asString() + "/cancellation",
				null, 200);
		send("secretariaat.demo", "POST", bookings, booking(at, at.plusHours(2), "Na afgelasting"), 201);
	}

	@Test
	void the_booking_page_shows_occupancy_and_refuses_a_double_booking_in_Dutch() {
		UUID desk = room(RoomKind.FLEX_DESK);
		OffsetDateTime at = TestSlots.next();
		HttpTestClient browser = new HttpTestClient(port);
		browser.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String form = "date=" + at.toLocalDate() + "&startTime=" + at.toLocalTime() + "&endTime="
				+ at.plusHours(1).toLocalTime() + "&purpose=Werkplek";
		String pagePath = "/agenda/ruimtes?ruimte=" + desk + "&vanaf=" + at.toLocalDate();
		assertThat(browser.postForm(pagePath, "/agenda/ruimtes/" + desk + "/boekingen", form).statusCode()).isEqualTo(302);
		browser.postForm(pagePath, "/agenda/ruimtes/" + desk + "/boekingen", form);
		HttpResponse<String> page = browser.get(pagePath);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Werkplek").contains("al bezet");

		HttpTestClient partner = new HttpTestClient(port);
		partner.login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		HttpResponse<String> seen = partner.get("/agenda/ruimtes?ruimte=" + desk + "&vanaf=" + at.toLocalDate());
		assertThat(seen.body()).contains("Werkplek").doesNotContain("boekingen\"");
	}

	private UUID idOf(String username) {
		return accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
	}

	private HttpResponse<String> raw(String username, String method, String path, String json) {
		HttpTestClient http = new HttpTestClient(port);
		var request = http.request(path).header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, username));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
		return http.send(request);
	}

	private JsonNode send(String username, String method, String path, String json, int expected) {
		HttpResponse<String> response = raw(username, method, path, json);
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
	}
}
