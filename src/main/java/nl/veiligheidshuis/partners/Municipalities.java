package nl.veiligheidshuis.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities of the district and their population per year. */
@Service
public class Municipalities {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	Municipalities(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public UUID add(String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO partners_municipality (id, name) VALUES (:id, :name)").param("id", id).param("name", name).update();
		events.publishEvent(new PartnerRegisterChanged("municipality", id.toString(), true));
		return id;
	}

	/** Records (or corrects) the population of a year. */
	@Transactional
	public void recordPopulation(UUID municipality, PopulationFigure figure) {
		jdbc.sql("""
				INSERT INTO partners_municipality_population (municipality_id, year, population, counted_on, source)
				VALUES (:id, :year, :population, :countedOn, :source)
				ON CONFLICT (municipality_id, year)
				DO UPDATE SET population = :population, counted_on = :countedOn, source = :source""")
			.param("id", municipality)
			.param("year", figure.year())
			.param("population", figure.population())
			.param("countedOn", figure.countedOn())
			.param("source", figure.source())
			.update();
		events.publishEvent(new PartnerRegisterChanged("municipality", municipality.toString(), false));
	}

	@Transactional(readOnly = true)
	public List<Municipality> all() {
		return jdbc.sql("SELECT id, name FROM partners_municipality ORDER BY name")
			.query((rs, row) -> rs.getObject("id", UUID.class))
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Municipality> find(UUID id) {
		return jdbc.sql("SELECT name FROM partners_municipality WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(name -> new Municipality(id, name, populations(id)));
	}

	@Transactional(readOnly = true)
	public Optional<UUID> findByName(String name) {
		return jdbc.sql("SELECT id FROM partners_municipality WHERE name = :name").param("name", name).query(UUID.class).optional();
	}

	private List<PopulationFigure> populations(UUID id) {
		return jdbc.sql("SELECT year, population, counted_on, source FROM partners_municipality_population WHERE municipality_id = :id")
			.param("id", id)
			.query((rs, row) -> new PopulationFigure(rs.getInt("year"), rs.getInt("population"),
					rs.getObject("counted_on", LocalDate.class), (@Nullable String) rs.getString("source")))
			.list();
	}
}
