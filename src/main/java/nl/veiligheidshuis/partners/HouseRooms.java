package nl.veiligheidshuis.partners;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rooms and flex desks of the house. */
@Service
public class HouseRooms {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	HouseRooms(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public UUID add(String name, RoomKind kind, int capacity) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO partners_room (id, name, kind, capacity) VALUES (:id, :name, :kind, :capacity)")
			.param("id", id).param("name", name).param("kind", kind.name()).param("capacity", capacity).update();
		events.publishEvent(new PartnerRegisterChanged("room", id.toString(), true));
		return id;
	}

	@Transactional(readOnly = true)
	public List<Room> all() {
		return jdbc.sql("SELECT id, name, kind, capacity FROM partners_room ORDER BY kind, name")
			.query((rs, row) -> new Room(rs.getObject("id", UUID.class), rs.getString("name"),
					RoomKind.valueOf(rs.getString("kind")), rs.getInt("capacity")))
			.list();
	}
}
