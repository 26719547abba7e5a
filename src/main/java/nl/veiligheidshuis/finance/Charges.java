package nl.veiligheidshuis.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/**
 * What partners are charged per year (kaderdocument, "Financiering"): a standard ICT workplace of the
 * municipal network at € 1,500 per workplace per year, and telephone and copying costs on a specified bill.
 * Flex desks themselves are free. No client data.
 */
@Service
public class Charges {

	/** Standard ICT workplace (PC, screen, Office on the municipal network), per workplace per year. */
	public static final BigDecimal ICT_WORKPLACE_RATE = new BigDecimal("1500.00");

	/** What is charged; labels {@code finance.charge.<NAME>}. */
	public enum Kind {
		/** Standard ICT workplaces, quantity × the yearly rate. */
		ICT_WORKPLACE,
		/** Telephone costs on a specified bill. */
		TELEPHONE,
		/** Copying costs on a specified bill. */
		COPYING
	}

	public record Charge(UUID id, int year, UUID partnerId, String partnerName, Kind kind, int quantity,
			BigDecimal unitAmount) {

		public BigDecimal amount() {
			return unitAmount.multiply(BigDecimal.valueOf(quantity));
		}
	}

	private final JdbcClient jdbc;
	private final PartnerOrganisations partners;
	private final Clock clock;

	Charges(JdbcClient jdbc, PartnerOrganisations partners, Clock clock) {
		this.jdbc = jdbc;
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * Records a charge; for ICT workplaces the amount is the standard rate, for a bill the billed amount.
	 * Returns the Dutch message keys of what is wrong, nothing recorded then.
	 */
	@Transactional
	public List<String> record(int year, UUID partnerId, Kind kind, int quantity, BigDecimal billAmount, UUID recordedBy) {
		List<String> problems = new ArrayList<>();
		var partnerName = partners.nameOf(new PartnerOrganisationId(partnerId));
		if (partnerName.isEmpty()) {
			problems.add("finance.charge.problem.partner");
		}
		if (year < 2006 || year > 2100) {
			problems.add("finance.charge.problem.year");
		}
		if (quantity < 1 || quantity > 1000) {
			problems.add("finance.charge.problem.quantity");
		}
		if (kind != Kind.ICT_WORKPLACE && (billAmount.signum() <= 0 || billAmount.scale() > 2)) {
			problems.add("finance.charge.problem.amount");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		jdbc.sql("""
				INSERT INTO finance_charge (id, year, partner_id, partner_name, kind, quantity, unit_amount, recorded_at, recorded_by)
				VALUES (:id, :year, :partner, :name, :kind, :quantity, :unit, :at, :by)""")
			.param("id", UUID.randomUUID())
			.param("year", year)
			.param("partner", partnerId)
			.param("name", partnerName.orElseThrow())
			.param("kind", kind.name())
			.param("quantity", kind == Kind.ICT_WORKPLACE ? quantity : 1)
			.param("unit", kind == Kind.ICT_WORKPLACE ? ICT_WORKPLACE_RATE : billAmount)
			.param("at", OffsetDateTime.now(clock))
			.param("by", recordedBy)
			.update();
		return List.of();
	}

	@Transactional(readOnly = true)
	public List<Charge> ofYear(int year) {
		return jdbc.sql("""
				SELECT id, year, partner_id, partner_name, kind, quantity, unit_amount FROM finance_charge
				WHERE year = :year ORDER BY partner_name, kind, recorded_at""")
			.param("year", year)
			.query((rs, row) -> new Charge(rs.getObject("id", UUID.class), rs.getInt("year"),
					rs.getObject("partner_id", UUID.class), rs.getString("partner_name"), Kind.valueOf(rs.getString("kind")),
					rs.getInt("quantity"), rs.getBigDecimal("unit_amount")))
			.list();
	}
}
