package nl.veiligheidshuis.privacy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * Retention periods per record type, optionally per target group (DESIGN.md §4 rule 11), counted from the
 * end of the involvement the record belongs to (closure of the trajectory, decision on a referral, date of
 * a conference, registration of an antecedent). Defaults and their reasoning: docs/privacy.md. Settings:
 * {@code vh.retention.periods.<record-type>=P5Y} and
 * {@code vh.retention.target-groups.<TARGET_GROUP>.<record-type>=P3Y}.
 */
@ConfigurationProperties("vh.retention")
public record RetentionPeriods(@Nullable Map<String, Period> periods,
		@Nullable Map<TargetGroup, Map<String, Period>> targetGroups, @Nullable Duration lease,
		@Nullable Boolean enabled) {

	public static final String SOURCE_RECORD = "source-record";
	public static final String POLICE_ANTECEDENT = "police-antecedent";
	public static final String REJECTED_IMPORT_ROW = "rejected-import-row";
	public static final String REFERRAL = "referral";
	public static final String TRAJECTORY = "trajectory";
	public static final String CASE_CONFERENCE_ITEM = "case-conference-item";
	public static final String VICTIM_RECORD = "victim-record";

	/** The defaults of docs/privacy.md; a setting overrides one entry, not the whole map. */
	static final Map<String, Period> DEFAULTS = Map.of(SOURCE_RECORD, Period.ofYears(2), POLICE_ANTECEDENT,
			Period.ofYears(5), REJECTED_IMPORT_ROW, Period.ofMonths(3), REFERRAL, Period.ofYears(1), TRAJECTORY,
			Period.ofYears(5), CASE_CONFERENCE_ITEM, Period.ofYears(5), VICTIM_RECORD, Period.ofYears(5));

	/** Youth: shorter, so that a young person's record does not follow them into adult life (docs/privacy.md). */
	static final Map<TargetGroup, Map<String, Period>> TARGET_GROUP_DEFAULTS = Map.of(
			TargetGroup.YOUTH_PROLIFIC_OFFENDER, Map.of(TRAJECTORY, Period.ofYears(3), CASE_CONFERENCE_ITEM, Period.ofYears(3)),
			TargetGroup.PROBLEM_YOUTH, Map.of(TRAJECTORY, Period.ofYears(3), CASE_CONFERENCE_ITEM, Period.ofYears(3)),
			TargetGroup.HARD_CORE_YOUTH, Map.of(TRAJECTORY, Period.ofYears(3), CASE_CONFERENCE_ITEM, Period.ofYears(3)),
			TargetGroup.FIRST_OFFENDER, Map.of(TRAJECTORY, Period.ofYears(3), CASE_CONFERENCE_ITEM, Period.ofYears(3)));

	public RetentionPeriods {
		Map<String, Period> merged = new HashMap<>(DEFAULTS);
		if (periods != null) {
			merged.putAll(periods);
		}
		periods = Map.copyOf(merged);
		Map<TargetGroup, Map<String, Period>> groups = new EnumMap<>(TargetGroup.class);
		TARGET_GROUP_DEFAULTS.forEach((group, map) -> groups.put(group, new HashMap<>(map)));
		if (targetGroups != null) {
			targetGroups.forEach((group, map) -> groups.computeIfAbsent(group, g -> new HashMap<>()).putAll(map));
		}
		groups.replaceAll((group, map) -> Map.copyOf(map));
		targetGroups = Map.copyOf(groups);
		lease = lease == null ? Duration.ofHours(2) : lease;
		enabled = enabled == null || enabled;
	}

	/** The defaults only. */
	public static RetentionPeriods defaults() {
		return new RetentionPeriods(null, null, null, null);
	}

	public Period periodOf(String recordType, @Nullable TargetGroup group) {
		Map<String, Period> forGroup = group == null ? null : targetGroups().get(group);
		if (forGroup != null && forGroup.containsKey(recordType)) {
			return forGroup.get(recordType);
		}
		Period period = periods().get(recordType);
		if (period == null) {
			throw new IllegalArgumentException("No retention period for record type " + recordType);
		}
		return period;
	}

	/** The longest period among the target groups (a referral may name several); without groups, the general one. */
	public Period longestOf(String recordType, Collection<TargetGroup> groups) {
		Period longest = periodOf(recordType, null);
		for (TargetGroup group : groups) {
			Period period = periodOf(recordType, group);
			if (LocalDate.EPOCH.plus(period).isAfter(LocalDate.EPOCH.plus(longest))) {
				longest = period;
			}
		}
		return longest;
	}

	/** The first day on which a record whose involvement ended on {@code ended} is past retention. */
	public LocalDate expiresOn(String recordType, @Nullable TargetGroup group, LocalDate ended) {
		return ended.plus(periodOf(recordType, group));
	}

	@Override
	public Map<String, Period> periods() {
		return periods == null ? DEFAULTS : periods;
	}

	@Override
	public Map<TargetGroup, Map<String, Period>> targetGroups() {
		return targetGroups == null ? TARGET_GROUP_DEFAULTS : targetGroups;
	}
}
