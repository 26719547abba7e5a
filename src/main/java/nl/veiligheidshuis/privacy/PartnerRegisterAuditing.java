package nl.veiligheidshuis.privacy;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.partners.PartnerRegisterChanged;

/**
 * Audits every change of the partner register (the partners module may not use the audit log, so it
 * publishes {@link PartnerRegisterChanged} and this listener records it, synchronously and in the same
 * transaction: a change that is rolled back leaves no audit record, and no change goes unaudited).
 */
@Component
class PartnerRegisterAuditing {

	private final AuditLog auditLog;

	PartnerRegisterAuditing(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void on(PartnerRegisterChanged change) {
		auditLog.record(AuditEntry.of(change.created() ? AuditAction.CREATE : AuditAction.UPDATE,
				ProcessingPurpose.HOUSE_ADMINISTRATION, change.objectType(), change.objectId()));
	}
}
