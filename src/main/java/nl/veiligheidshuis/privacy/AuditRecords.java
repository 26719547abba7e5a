package nl.veiligheidshuis.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads audit records for the administrator's page. The application can only read and append them. */
@Component
class AuditRecords {

	private final JdbcClient jdbc;

	AuditRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Newest first; {@code limit} records from {@code offset}. */
	List<AuditRecord> newestFirst(int offset, int limit) {
		return jdbc.sql("SELECT * FROM privacy_audit_record ORDER BY sequence_number DESC LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query((rows, number) -> map(rows))
			.list();
	}

	static AuditRecord map(ResultSet rows) throws SQLException {
		return new AuditRecord(rows.getLong("sequence_number"),
				rows.getObject("recorded_at", OffsetDateTime.class).toInstant(), rows.getObject("actor_id", UUID.class),
				rows.getString("actor_name"), rows.getString("actor_roles"), rows.getObject("organisation_id", UUID.class),
				rows.getString("organisation_name"), rows.getObject("on_behalf_of", UUID.class), rows.getString("purpose"),
				rows.getString("action"), rows.getString("object_type"), rows.getString("object_id"),
				rows.getObject("person_id", UUID.class), rows.getString("result"), rows.getString("origin"),
				rows.getString("trace_id"), rows.getString("previous_hash"), rows.getString("hash"));
	}
}
