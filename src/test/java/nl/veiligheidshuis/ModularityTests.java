package nl.veiligheidshuis;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of DESIGN.md §3 holds: no module reaches into another's internals or uses a
 * module it may not. Also writes the module diagrams and canvases into {@code docs/modules}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(VeiligheidshuisApplication.class);

	@Test
	void the_modules_respect_their_boundaries() {
		modules.verify();
	}

	@Test
	void writes_the_module_documentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation();
	}
}
