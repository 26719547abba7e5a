package nl.veiligheidshuis.privacy;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A module's part in a subject access export (AVG art. 15): every module that keeps personal data implements
 * this for its own tables, as a Spring bean. {@link SubjectAccess} asks them all and adds what privacy knows
 * itself (recipients from the audit log, purposes from the register, retention, holds). Reading for the export
 * is audited once, by the export; contributors do not audit.
 */
public interface SubjectAccessContributor {

	/** Sections appear in ascending order (the person registry first). */
	int order();

	/** What this module holds about the person; empty when nothing. */
	List<Section> contribute(UUID person);

	/**
	 * One kind of record: its title (a message key), the processing activity it serves (a code of the
	 * register), its record type (as in {@link RetentionPeriods}) and the records themselves.
	 */
	record Section(String titleKey, String activity, String recordType, List<Item> items) {

		public Section {
			items = List.copyOf(items);
		}
	}

	/** One record: a heading (e.g. a reference or date), the partner it came from, and its fields. */
	record Item(String heading, @Nullable String source, List<Field> fields) {

		public Item {
			fields = List.copyOf(fields);
		}
	}

	/** A field: label as a message key, value as shown (dates formatted by the contributor, ISO). */
	record Field(String labelKey, String value) {

		/** Adds the field to a record's fields when it has a value (null and blank are left out). */
		public static void addIfPresent(List<Field> fields, String labelKey, @Nullable Object value) {
			if (value != null && !value.toString().isBlank()) {
				fields.add(new Field(labelKey, value.toString()));
			}
		}
	}
}
