package dev.articleevents.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated input file of the index builder: '#' comment lines and blank lines skipped, and its header if it has one. */
record TabFile(Path path, boolean header) {
    List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank() || (header && first)) {
                    first = false;
                    continue;
                }
                first = false;
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
