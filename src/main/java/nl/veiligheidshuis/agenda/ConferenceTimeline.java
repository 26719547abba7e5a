package nl.veiligheidshuis.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DateFormats;
import nl.veiligheidshuis.trajectories.TimelineEntry;
import nl.veiligheidshuis.trajectories.TimelineKind;
import nl.veiligheidshuis.trajectories.TimelineSource;

/**
 * What case conferences did about a trajectory, on its dossier timeline: each action item agreed (with its owner,
 * due date and condition) and done, and each published version of the outcome of its item (the version only:
 * the outcome itself is read on the conference page, where need-to-know per item applies).
 */
@Component
class ConferenceTimeline implements TimelineSource {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final DateFormats dates;

	ConferenceTimeline(JdbcClient jdbc, MessageSource messages, DateFormats dates) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.dates = dates;
	}

	@Override
	public List<TimelineEntry> entriesOf(UUID trajectoryId) {
		List<TimelineEntry> entries = new ArrayList<>();
		jdbc.sql("""
				SELECT a.id, a.description, a.owner_user, a.owner_user_name, a.owner_organisation_name, a.due_on,
				  a.condition, a.recorded_at, coalesce(a.recorded_by, a.owner_user) AS recorded_by,
				  coalesce(a.recorded_by_name, a.owner_user_name) AS recorded_by_name, a.done_at,
				  coalesce(a.done_by, a.owner_user) AS done_by, coalesce(a.done_by_name, a.owner_user_name) AS done_by_name
				FROM agenda_action_item a JOIN agenda_item i ON i.id = a.item_id
				WHERE i.trajectory_id = :t""")
			.param("t", trajectoryId)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				String description = rs.getString("description");
				String owner = messages.getMessage("agenda.timeline.owner", new Object[] { rs.getString("owner_user_name"),
						rs.getString("owner_organisation_name"), dates.date(rs.getObject("due_on", LocalDate.class)) }, DUTCH);
				entries.add(new TimelineEntry(id, TimelineKind.ACTION_ITEM_AGREED,
						rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("recorded_by", UUID.class),
						rs.getString("recorded_by_name"), null, null, rs.getString("condition"), description, owner));
				OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
				if (done != null) {
					entries.add(new TimelineEntry(new UUID(id.getMostSignificantBits(), ~id.getLeastSignificantBits()),
							TimelineKind.ACTION_ITEM_COMPLETED, done, rs.getObject("done_by", UUID.class),
							rs.getString("done_by_name"), null, null, null, description, null));
				}
			});
		jdbc.sql("""
				SELECT o.item_id, o.version, o.published_at, o.published_by, o.published_by_name
				FROM agenda_outcome o JOIN agenda_item i ON i.id = o.item_id
				WHERE i.trajectory_id = :t""")
			.param("t", trajectoryId)
			.query(rs -> {
				UUID item = rs.getObject("item_id", UUID.class);
				int version = rs.getInt("version");
				entries.add(new TimelineEntry(new UUID(item.getMostSignificantBits(), item.getLeastSignificantBits() + version),
						TimelineKind.CONFERENCE_OUTCOME_PUBLISHED, rs.getObject("published_at", OffsetDateTime.class),
						rs.getObject("published_by", UUID.class), rs.getString("published_by_name"), null, null, null,
						Integer.toString(version), null));
			});
		return entries;
	}
}
