package nl.veiligheidshuis.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * The versions of the selection criteria. Version 1 holds the default rules of the design and is stored
 * at start-up when there is none; the house manager adds versions, none is ever changed (a trigger
 * refuses it), so a list always shows the rules that made it.
 */
@Service
public class RuleSets {

	/** The stored form: everything but the version and validity, which are columns. */
	record Stored(List<ClassificationRule> rules, Scoring scoring, java.util.Set<nl.veiligheidshuis.platform.TargetGroup> listCategories) {
	}

	static final LocalDate DEFAULT_VALID_FROM = LocalDate.of(2006, 1, 1);

	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();
	private final AuditLog auditLog;
	private final Clock clock;

	RuleSets(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void storeDefaultsWhenNone() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('selection.rule-sets'))").query().singleValue();
		if (latest().isEmpty()) {
			insert(RuleSet.defaults(1, DEFAULT_VALID_FROM), null);
		}
	}

	@Transactional(readOnly = true)
	public List<RuleSet> all() {
		return jdbc.sql("SELECT version, valid_from, description, rules FROM selection_rule_set ORDER BY version DESC")
			.query((rs, n) -> read(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<RuleSet> version(int version) {
		return jdbc.sql("SELECT version, valid_from, description, rules FROM selection_rule_set WHERE version = :v")
			.param("v", version)
			.query((rs, n) -> read(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<RuleSet> latest() {
		return all().stream().findFirst();
	}

	/** The newest version valid on the date: the rule set a run for that reference date uses by default. */
	@Transactional(readOnly = true)
	public Optional<RuleSet> validOn(LocalDate date) {
		return all().stream().filter(set -> !set.validFrom().isAfter(date)).findFirst();
	}

	/** Stores the rules as the next version (the version number of the argument is ignored). */
	@Transactional
	@PreAuthorize("hasRole('HOUSE_MANAGER')")
	public RuleSet addVersion(RuleSet proposed, UUID author) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('selection.rule-sets'))").query().singleValue();
		int next = latest().map(RuleSet::version).orElse(0) + 1;
		RuleSet added = new RuleSet(next, proposed.validFrom(), proposed.description(), proposed.rules(),
				proposed.scoring(), proposed.listCategories());
		insert(added, author);
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH,
				"selection-rule-set", next));
		return added;
	}

	private void insert(RuleSet set, @Nullable UUID author) {
		jdbc.sql("""
				INSERT INTO selection_rule_set (version, valid_from, description, rules, created_by, created_at)
				VALUES (:version, :from, :description, CAST(:rules AS JSONB), :by, :at)""")
			.param("version", set.version()).param("from", set.validFrom()).param("description", set.description())
			.param("rules", json.writeValueAsString(new Stored(set.rules(), set.scoring(), set.listCategories())))
			.param("by", author).param("at", OffsetDateTime.now(clock))
			.update();
	}

	private RuleSet read(int version, LocalDate validFrom, String description, String rules) {
		Stored stored = json.readValue(rules, Stored.class);
		return new RuleSet(version, validFrom, description, stored.rules(), stored.scoring(), stored.listCategories());
	}
}
