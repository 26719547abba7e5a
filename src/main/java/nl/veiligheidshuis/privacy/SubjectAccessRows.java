package nl.veiligheidshuis.privacy;

import java.sql.Array;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.privacy.SubjectAccessContributor.Field;
import nl.veiligheidshuis.privacy.SubjectAccessContributor.Item;

/**
 * Rows of a module's own table as items of a subject access export: every column with a value, labelled
 * {@code sar.column.<column>} (a file's bytes are named, not copied: the export lists that a document is held).
 * Complete by construction: a column added later appears without a change here.
 */
public final class SubjectAccessRows {

	private SubjectAccessRows() {
	}

	public static List<Item> of(JdbcClient jdbc, String sql, Map<String, ?> params, String headingColumn,
			@Nullable String sourceColumn) {
		return jdbc.sql(sql).params(params).query((rows, number) -> {
			ResultSetMetaData meta = rows.getMetaData();
			List<Field> fields = new ArrayList<>();
			for (int column = 1; column <= meta.getColumnCount(); column++) {
				String name = meta.getColumnLabel(column);
				Object value = rows.getObject(column);
				if (value == null) {
					continue;
				}
				if (meta.getColumnType(column) == Types.BINARY || meta.getColumnType(column) == Types.VARBINARY
						|| meta.getColumnType(column) == Types.LONGVARBINARY) {
					fields.add(new Field("sar.column." + name, "sar.value.document"));
					continue;
				}
				String text = value instanceof Array array ? Arrays.toString((Object[]) array.getArray()) : value.toString();
				fields.add(new Field("sar.column." + name, text));
			}
			String heading = String.valueOf(rows.getObject(headingColumn));
			String source = sourceColumn == null ? null : rows.getString(sourceColumn);
			return new Item(heading, source, fields);
		}).list();
	}
}
