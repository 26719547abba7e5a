package nl.veiligheidshuis.finance;

/** Who pays a budget line or contributes to a budget (kaderdocument table B); labels {@code finance.funder.<NAME>}. */
public enum Funder {
	/** The municipality of Heerlen, lead municipality of the district. */
	HEERLEN,
	/** The other district municipalities (Voerendaal, Nuth, Brunssum, Onderbanken). */
	OTHER_MUNICIPALITIES,
	/** The public prosecutor and the other justice partners. */
	JUSTICE_PARTNERS,
	/** The province of Limburg (start-up subsidy). */
	PROVINCE,
	/** All district municipalities together, split by population. */
	SHARED_BY_POPULATION
}
