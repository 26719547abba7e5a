package nl.veiligheidshuis.partners;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who leads which chain; configurable, shown on each trajectory by the trajectories module. */
@Service
public class ChainLeads {

	private final JdbcClient jdbc;
	private final PartnerOrganisations partners;
	private final ApplicationEventPublisher events;

	ChainLeads(JdbcClient jdbc, PartnerOrganisations partners, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.partners = partners;
		this.events = events;
	}

	@Transactional
	public void assign(Chain chain, PartnerOrganisationId lead) {
		jdbc.sql("""
				INSERT INTO partners_chain_lead (chain, organisation_id) VALUES (:chain, :lead)
				ON CONFLICT (chain) DO UPDATE SET organisation_id = :lead""")
			.param("chain", chain.name()).param("lead", lead.value()).update();
		events.publishEvent(new PartnerRegisterChanged("chainLead", chain.name(), false));
	}

	@Transactional(readOnly = true)
	public Optional<ChainLead> of(Chain chain) {
		return jdbc.sql("SELECT organisation_id FROM partners_chain_lead WHERE chain = :chain")
			.param("chain", chain.name())
			.query(UUID.class)
			.optional()
			.flatMap(id -> partners.find(new PartnerOrganisationId(id)))
			.map(organisation -> new ChainLead(chain, organisation));
	}

	/** The lead of every chain that has one, in the order of {@link Chain}. */
	@Transactional(readOnly = true)
	public List<ChainLead> all() {
		return java.util.Arrays.stream(Chain.values()).map(this::of).flatMap(Optional::stream).toList();
	}
}
