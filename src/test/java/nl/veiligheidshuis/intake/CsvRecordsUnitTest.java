package nl.veiligheidshuis.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The import's CSV reader reads what Commons CSV read, from bytes, with the line each record starts on. */
class CsvRecordsUnitTest {

	private record Row(long line, List<String> values, String original, boolean malformed) {
	}

	private static List<Row> read(String csv) {
		return read(csv.getBytes(StandardCharsets.UTF_8));
	}

	private static List<Row> read(byte[] csv) {
		CsvRecords records = new CsvRecords(new ByteArrayInputStream(csv));
		List<Row> rows = new ArrayList<>();
		while (records.next()) {
			List<String> values = new ArrayList<>();
			for (int i = 0; i < records.size(); i++) {
				values.add(records.string(i));
			}
			rows.add(new Row(records.line(), values, new String(records.original(), StandardCharsets.UTF_8),
					records.malformed()));
		}
		return rows;
	}

	@Test
	void values_are_split_on_commas_and_trimmed_and_empty_ones_kept() {
		List<Row> rows = read("a,b,c\n 1 , x ,\n");

		assertThat(rows).extracting(Row::values).containsExactly(List.of("a", "b", "c"), List.of("1", "x", ""));
		assertThat(rows).extracting(Row::line).containsExactly(1L, 2L);
		assertThat(rows.get(1).original()).isEqualTo(" 1 , x ,");
	}

	@Test
	void a_semicolon_in_the_header_makes_it_the_delimiter_and_a_byte_order_mark_is_skipped() {
		List<Row> rows = read("\uFEFFa;b\n1,5;2\n");

		assertThat(rows).extracting(Row::values).containsExactly(List.of("a", "b"), List.of("1,5", "2"));
	}

	@Test
	void quoted_values_keep_delimiters_doubled_quotes_and_line_breaks_and_the_next_record_knows_its_line() {
		List<Row> rows = read("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n\"two\nlines\",z\nlast,one");

		assertThat(rows).extracting(Row::values).containsExactly(List.of("a", "b"), List.of("x,y", "he said \"hi\""),
				List.of("two\nlines", "z"), List.of("last", "one"));
		assertThat(rows).extracting(Row::line).containsExactly(1L, 2L, 3L, 5L);
		assertThat(rows.get(2).original()).isEqualTo("\"two\nlines\",z");
		assertThat(rows).noneMatch(Row::malformed);
	}

	@Test
	void crlf_and_cr_end_records_and_empty_lines_are_skipped_but_counted() {
		List<Row> rows = read("a,b\r\n\r\n1,2\r3,4\n\n5,6\r\n");

		assertThat(rows).extracting(Row::values).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"),
				List.of("5", "6"));
		assertThat(rows).extracting(Row::line).containsExactly(1L, 3L, 4L, 6L);
		assertThat(rows).extracting(Row::original).containsExactly("a,b", "1,2", "3,4", "5,6");
	}

	@Test
	void a_quote_inside_an_unquoted_value_is_an_ordinary_character() {
		assertThat(read("a,b\n5\"6,x\n")).extracting(Row::values).containsExactly(List.of("a", "b"), List.of("5\"6", "x"));
	}

	@Test
	void text_after_a_closing_quote_or_a_quote_never_closed_marks_the_record_malformed() {
		assertThat(read("\"a\"b,c\n")).extracting(Row::malformed).containsExactly(true);
		assertThat(read("x\n\"never closed,c\n")).extracting(Row::malformed).containsExactly(false, true);
	}

	@Test
	void records_crossing_the_read_buffer_keep_their_values_and_original_bytes() {
		StringBuilder csv = new StringBuilder("id,name\n");
		for (int i = 0; i < 40_000; i++) {
			csv.append(i).append(",\"naam ").append(i).append(" Ĳsselmeer\"\n");
		}
		List<Row> rows = read(csv.toString());

		assertThat(rows).hasSize(40_001);
		for (int i = 0; i < 40_000; i++) {
			Row row = rows.get(i + 1);
			assertThat(row.values()).containsExactly(String.valueOf(i), "naam " + i + " Ĳsselmeer");
			assertThat(row.original()).isEqualTo(i + ",\"naam " + i + " Ĳsselmeer\"");
			assertThat(row.line()).isEqualTo(i + 2L);
		}
	}

	@Test
	void a_record_longer_than_the_limit_is_refused_with_the_line_it_started_on() {
		String endless = "a\nok\n\"" + "x".repeat(CsvRecords.MAX_RECORD + 10);

		assertThatThrownBy(() -> read(endless)).isInstanceOfSatisfying(CsvRecords.RecordTooLong.class,
				tooLong -> assertThat(tooLong.line).isEqualTo(3));
	}

	@Test
	void an_empty_input_has_no_records() {
		assertThat(read("")).isEmpty();
		assertThat(read("\n\n")).isEmpty();
	}
}
