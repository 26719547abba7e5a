package nl.veiligheidshuis.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads audit records for the administrator's page. The application can only read and append them. */
@Component
class AuditRecords {

	/**
	 * What the reviewer looks for: all optional. {@code actor} matches part of the user name, {@code from} and
	 * {@code until} bound the time (until exclusive).
	 */
	record Filter(@Nullable String actor, @Nullable UUID person, @Nullable String action, @Nullable String result,
			@Nullable String activity, @Nullable Instant from, @Nullable Instant until) {

		static Filter none() {
			return new Filter(null, null, null, null, null, null, null);
		}

		boolean isEmpty() {
			return equals(none());
		}
	}

	/** One user who read many persons' data within one hour. */
	record UnusualVolume(String actorName, @Nullable String organisationName, OffsetDateTime hour, long persons) {
	}

	private final JdbcClient jdbc;

	AuditRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Newest first; {@code limit} records from {@code offset}. */
	List<AuditRecord> newestFirst(int offset, int limit) {
		return matching(Filter.none(), offset, limit);
	}

	/** The records matching the filter, newest first; {@code limit} from {@code offset}. */
	List<AuditRecord> matching(Filter filter, int offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql("SELECT * FROM privacy_audit_record" + where
				+ " ORDER BY sequence_number DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rows, number) -> map(rows))
			.list();
	}

	/**
	 * Users who read, exported or printed the data of more than {@code threshold} distinct persons within one
	 * clock hour, in the filter's period (the other filter fields do not apply).
	 */
	List<UnusualVolume> unusualVolumes(Filter filter, int threshold) {
		return jdbc.sql("""
				SELECT actor_name, max(organisation_name) AS organisation_name,
				  date_trunc('hour', recorded_at) AS hour, count(DISTINCT person_id) AS persons
				FROM privacy_audit_record
				WHERE person_id IS NOT NULL AND result = 'ALLOWED' AND action IN ('READ', 'SEARCH', 'EXPORT', 'PRINT')
				  AND actor_id IS NOT NULL AND recorded_at >= :from AND recorded_at < :until
				GROUP BY actor_name, date_trunc('hour', recorded_at)
				HAVING count(DISTINCT person_id) > :threshold
				ORDER BY hour DESC, persons DESC""")
			.param("from", (filter.from() == null ? Instant.EPOCH : filter.from()).atOffset(ZoneOffset.UTC))
			.param("until", (filter.until() == null ? Instant.parse("9999-01-01T00:00:00Z") : filter.until())
				.atOffset(ZoneOffset.UTC))
			.param("threshold", threshold)
			.query((rows, number) -> new UnusualVolume(rows.getString("actor_name"), rows.getString("organisation_name"),
					rows.getObject("hour", OffsetDateTime.class), rows.getLong("persons")))
			.list();
	}

	private static String where(Filter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			conditions.add("actor_name ILIKE :actor");
			params.put("actor", "%" + filter.actor().strip().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.person() != null) {
			conditions.add("person_id = :person");
			params.put("person", filter.person());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			conditions.add("action = :action");
			params.put("action", filter.action());
		}
		if (filter.result() != null && !filter.result().isBlank()) {
			conditions.add("result = :result");
			params.put("result", filter.result());
		}
		if (filter.activity() != null && !filter.activity().isBlank()) {
			conditions.add("processing_activity = :activity");
			params.put("activity", filter.activity());
		}
		if (filter.from() != null) {
			conditions.add("recorded_at >= :from");
			params.put("from", filter.from().atOffset(ZoneOffset.UTC));
		}
		if (filter.until() != null) {
			conditions.add("recorded_at < :until");
			params.put("until", filter.until().atOffset(ZoneOffset.UTC));
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	static AuditRecord map(ResultSet rows) throws SQLException {
		return new AuditRecord(rows.getLong("sequence_number"),
				rows.getObject("recorded_at", OffsetDateTime.class).toInstant(), rows.getObject("actor_id", UUID.class),
				rows.getString("actor_name"), rows.getString("actor_roles"), rows.getObject("organisation_id", UUID.class),
				rows.getString("organisation_name"), rows.getObject("on_behalf_of", UUID.class), rows.getString("purpose"),
				rows.getString("action"), rows.getString("object_type"), rows.getString("object_id"),
				rows.getObject("person_id", UUID.class), rows.getString("result"), rows.getString("origin"),
				rows.getString("trace_id"), rows.getString("previous_hash"), rows.getString("hash"),
				rows.getString("processing_activity"));
	}
}
