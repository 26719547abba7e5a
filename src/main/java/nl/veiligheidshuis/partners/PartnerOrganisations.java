package nl.veiligheidshuis.partners;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner organisations of the house: the public API of the partners module. */
@Service
public class PartnerOrganisations {

	private final JdbcClient jdbc;
	private final Clock clock;

	PartnerOrganisations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public PartnerOrganisationId register(String name, PartnerType type) {
		PartnerOrganisationId id = PartnerOrganisationId.random();
		jdbc.sql("INSERT INTO partners_organisation (id, name, type, created_at) VALUES (:id, :name, :type, :now)")
			.param("id", id.value())
			.param("name", name)
			.param("type", type.name())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	/** All partner organisations, by name. */
	@Transactional(readOnly = true)
	public List<PartnerOrganisation> all() {
		return jdbc.sql("SELECT id, name, type FROM partners_organisation ORDER BY name")
			.query((rs, rowNum) -> new PartnerOrganisation(new PartnerOrganisationId(rs.getObject("id", UUID.class)),
					rs.getString("name"), PartnerType.valueOf(rs.getString("type"))))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<PartnerOrganisation> find(PartnerOrganisationId id) {
		return jdbc.sql("SELECT id, name, type FROM partners_organisation WHERE id = :id")
			.param("id", id.value())
			.query((rs, rowNum) -> new PartnerOrganisation(id, rs.getString("name"), PartnerType.valueOf(rs.getString("type"))))
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<String> nameOf(PartnerOrganisationId id) {
		return jdbc.sql("SELECT name FROM partners_organisation WHERE id = :id")
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<PartnerOrganisationId> findByName(String name) {
		return jdbc.sql("SELECT id FROM partners_organisation WHERE name = :name")
			.param("name", name)
			.query(UUID.class)
			.optional()
			.map(PartnerOrganisationId::new);
	}
}
