package dev.articleevents.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Events as CSV (RFC 4180 quoting by Apache Commons CSV; UTF-8 with a BOM so that spreadsheets read Arabic). */
public final class CsvExport {
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(EventRow.COLUMNS.toArray(String[]::new)).get();

    private CsvExport() {
    }

    public static void write(List<EventRow> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (EventRow r : rows) {
                printer.printRecord(r.values());
            }
        }
    }
}
