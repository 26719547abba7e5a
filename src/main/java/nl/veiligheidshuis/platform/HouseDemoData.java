package nl.veiligheidshuis.platform;

import org.springframework.stereotype.Component;

/** The demo house is the district house of the source document. */
@Component
class HouseDemoData implements DemoDataSeeder {

	private final House house;

	HouseDemoData(House house) {
		this.house = house;
	}

	@Override
	public String name() {
		return "platform.house";
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void seed() {
		house.rename("Veiligheidshuis Heerlen");
	}
}
