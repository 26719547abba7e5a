package nl.veiligheidshuis.partners;

/** The kind of organisation a partner is; decides, among other things, which chains it can lead. */
public enum PartnerType {
	/** Politie. */
	POLICE,
	/** Openbaar Ministerie. */
	PROSECUTION,
	/** Reclassering. */
	PROBATION,
	/** Jeugdzorg / jeugdreclassering. */
	YOUTH_CARE,
	/** Raad voor de Kinderbescherming. */
	CHILD_PROTECTION_BOARD,
	/** Justitiële inrichting. */
	CUSTODIAL_INSTITUTION,
	/** Slachtofferhulp. */
	VICTIM_SUPPORT,
	/** Zorg en verslavingszorg. */
	CARE,
	/** GGD. */
	PUBLIC_HEALTH,
	/** Gemeente. */
	MUNICIPALITY,
	/** Provincie. */
	PROVINCE,
	/** Woningcorporatie. */
	HOUSING,
	/** Halt. */
	HALT,
	/** Anders, waaronder het bedrijfsbureau van het huis zelf. */
	OTHER
}
