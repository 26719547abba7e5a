package nl.veiligheidshuis.privacy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The register of processing activities (AVG art. 30), kept as data with versions. Every audit record names
 * the activity it served: modules may name it ({@link AuditEntry#forActivity}); otherwise it follows from the
 * object type ({@link #activityOf}), so the modules that existed before the register need no change.
 */
@Service
public class ProcessingActivities {

	public static final String POLICE_LIST_IMPORT = "police-list-import";
	public static final String PERSON_REGISTRY = "person-registry";
	public static final String REFERRAL = "referral";
	public static final String SELECTION = "selection";
	public static final String TRAJECTORY = "trajectory";
	public static final String CASE_CONFERENCE = "case-conference";
	public static final String VICTIM_SUPPORT = "victim-support";
	public static final String REPORTING = "reporting";
	public static final String PRIVACY_RIGHTS = "privacy-rights";
	public static final String AUTHENTICATION = "authentication";
	public static final String AUDIT_SUPERVISION = "audit-supervision";
	public static final String HOUSE_ADMINISTRATION = "house-administration";

	/** Object types (as the modules audit them) and the activity they serve. */
	private static final Map<String, String> BY_OBJECT_TYPE = Map.ofEntries(
			Map.entry("police-antecedent-import", POLICE_LIST_IMPORT), Map.entry("antecedent", POLICE_LIST_IMPORT),
			Map.entry("person", PERSON_REGISTRY), Map.entry("person-search", PERSON_REGISTRY),
			Map.entry("source-record", PERSON_REGISTRY), Map.entry("person-identity", PERSON_REGISTRY),
			Map.entry("referral", REFERRAL), Map.entry("referral-list", REFERRAL), Map.entry("referral-queue", REFERRAL),
			Map.entry("selection-run", SELECTION), Map.entry("selection-meeting", SELECTION),
			Map.entry("trajectory", TRAJECTORY), Map.entry("trajectory-list", TRAJECTORY),
			Map.entry("assessment", TRAJECTORY), Map.entry("intervention-plan", TRAJECTORY),
			Map.entry("commitment", TRAJECTORY), Map.entry("execution", TRAJECTORY), Map.entry("contract", TRAJECTORY),
			Map.entry("dossier-print", TRAJECTORY), Map.entry("case-conference-item", CASE_CONFERENCE),
			Map.entry("case-conference", CASE_CONFERENCE), Map.entry("legal-hold", PRIVACY_RIGHTS),
			Map.entry("subject-request", PRIVACY_RIGHTS), Map.entry("erasure", PRIVACY_RIGHTS),
			Map.entry("retention-run", PRIVACY_RIGHTS));

	private final JdbcClient jdbc;

	ProcessingActivities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The activity an audited access served, from its object type, else from its purpose. */
	public static String activityOf(String objectType, ProcessingPurpose purpose) {
		String known = BY_OBJECT_TYPE.get(objectType);
		if (known != null) {
			return known;
		}
		if (objectType.startsWith("victim")) {
			return VICTIM_SUPPORT;
		}
		if (objectType.startsWith("report")) {
			return REPORTING;
		}
		return switch (purpose) {
			case AUTHENTICATION -> AUTHENTICATION;
			case AUDIT_SUPERVISION -> AUDIT_SUPERVISION;
			case HOUSE_ADMINISTRATION -> HOUSE_ADMINISTRATION;
			case PERSON_CENTRED_APPROACH -> TRAJECTORY;
		};
	}

	/** The version of each activity that applies on the given day, in register order. */
	public List<ProcessingActivity> validOn(LocalDate day) {
		return jdbc.sql("""
				SELECT DISTINCT ON (code) * FROM privacy_processing_activity WHERE valid_from <= :day
				ORDER BY code, version DESC""")
			.param("day", day)
			.query((rows, number) -> map(rows))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingInt(activity -> ORDER.indexOf(activity.code())))
			.toList();
	}

	/** Every version of every activity. */
	public List<ProcessingActivity> allVersions() {
		return jdbc.sql("SELECT * FROM privacy_processing_activity ORDER BY code, version")
			.query((rows, number) -> map(rows))
			.list();
	}

	public Optional<ProcessingActivity> find(String code, LocalDate day) {
		return validOn(day).stream().filter(activity -> activity.code().equals(code)).findFirst();
	}

	private static final List<String> ORDER = List.of(POLICE_LIST_IMPORT, PERSON_REGISTRY, REFERRAL, SELECTION,
			TRAJECTORY, CASE_CONFERENCE, VICTIM_SUPPORT, REPORTING, PRIVACY_RIGHTS, AUTHENTICATION, AUDIT_SUPERVISION,
			HOUSE_ADMINISTRATION);

	private static ProcessingActivity map(ResultSet rows) throws SQLException {
		return new ProcessingActivity(rows.getString("code"), rows.getInt("version"),
				rows.getObject("valid_from", LocalDate.class), rows.getString("name"), rows.getString("purpose"),
				rows.getString("legal_basis"), rows.getString("responsible"), rows.getString("data_subjects"),
				texts(rows.getArray("data_categories")), texts(rows.getArray("recipients")), rows.getString("retention"));
	}

	private static List<String> texts(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
