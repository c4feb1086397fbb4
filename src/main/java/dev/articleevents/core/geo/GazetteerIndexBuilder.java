package dev.articleevents.core.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Builds the packaged place index ({@link PlaceIndexFormat}) from one of two inputs: {@code --shared DIR}, the
 * project's prepared gazetteer ({@link SharedGazetteerReader}), or {@code --geonames DIR}, the public GeoNames dumps
 * ({@link GeoNamesDumpReader}); the curated named areas are added ({@link NamedAreaRows}) and the whole written
 * by {@link PlaceIndexWriter}.
 * The build runs it with {@code --shared ../shared/data/gazetteer}; when that folder is absent it writes
 * nothing and the engine geocodes countries only (and says so in its warnings).
 * Usage: {@code GazetteerIndexBuilder (--shared|--geonames) DIR OUTPUT_FILE}
 */
public final class GazetteerIndexBuilder {
    private GazetteerIndexBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4 || !(args[0].equals("--shared") || args[0].equals("--geonames"))) {
            System.err.println("usage: GazetteerIndexBuilder (--shared|--geonames) INPUT_DIR PREPARED_TABLE [INDEX_TSV]");
            System.exit(2);
        }
        Path in = Path.of(args[1]);
        Path out = Path.of(args[2]);
        // the rows as text (places.tsv.gz, readable), then the prepared table the engine loads is made from them
        Path rowsFile = args.length == 4 ? Path.of(args[3]) : out.resolveSibling(out.getFileName() + ".rows.tsv.gz");
        boolean shared = args[0].equals("--shared");
        Path probe = in.resolve(shared ? "gazetteer.tsv" : "cities15000.txt");
        if (!Files.exists(probe)) {
            System.out.println("[gazetteer] " + probe + " not found: no place index packaged; the engine will geocode "
                    + "countries only. See README \"Gazetteer\" to build one from the GeoNames dumps.");
            return;
        }
        Path stampFile = out.resolveSibling(out.getFileName() + ".inputs");
        String stamp = inputStamp(in, args[0], Set.of(out.toAbsolutePath(), stampFile.toAbsolutePath(), rowsFile.toAbsolutePath()));
        if (Files.exists(out) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
            System.out.println("[gazetteer] " + out.getFileName() + " is up to date with its inputs");
            return;
        }
        List<IndexRow> rows = shared ? SharedGazetteerReader.read(in) : GeoNamesDumpReader.read(in);
        rows.addAll(NamedAreaRows.of(rows));
        int written = PlaceIndexWriter.write(rows, rowsFile, shared ? "prepared gazetteer " + in : "GeoNames dumps in " + in);
        Gazetteer.read(rowsFile).writePrepared(out);
        if (args.length == 3) {
            Files.delete(rowsFile);
        }
        System.out.println("[gazetteer] " + written + " places → " + out + " (" + Files.size(out) / 1024 + " KiB)");
        Files.writeString(stampFile, stamp);
    }

    /** Resources the index is built from, besides the input folder. */
    private static final List<String> RESOURCES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("lexicon/district-name-affixes.tsv", "lexicon/named-areas.tsv", "lexicon/country-aliases.tsv",
                    "language/letter-folding.tsv", "language/profile.tsv"),
            java.util.stream.Stream.of(GazetteerIndexBuilder.class, SharedGazetteerReader.class, GeoNamesDumpReader.class,
                    NamedAreaRows.class, PlaceIndexWriter.class, IndexRow.class, TabFile.class, PlaceIndexFormat.class,
                    Gazetteer.class, Place.class, PlaceTable.class, PlaceColumns.class, KeyIndex.class, CharTable.class, BinaryArrays.class)
                    .map(c -> c.getName().replace('.', '/') + ".class")).toList();

    /**
     * What the index was built from — every input file, the resources it reads and the builder's own classes, by
     * size and modification time — so that a build with the same inputs skips the work (it took seconds on
     * every ./analyze, ./export and ./reprocess, even to print their usage).
     */
    static String inputStamp(Path in, String mode, Set<Path> outputs) throws IOException {
        StringBuilder stamp = new StringBuilder(mode).append('\n');
        try (java.util.stream.Stream<Path> files = Files.walk(in, 2)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !outputs.contains(f.toAbsolutePath())).sorted().toList()) {
                stamp.append(f).append('\t').append(Files.size(f)).append('\t').append(Files.getLastModifiedTime(f).toMillis()).append('\n');
            }
        }
        for (String resource : RESOURCES) {
            java.net.URL url = GazetteerIndexBuilder.class.getClassLoader().getResource(resource);
            java.net.URLConnection c = url == null ? null : url.openConnection();
            stamp.append(resource).append('\t').append(c == null ? -1 : c.getContentLengthLong()).append('\t')
                    .append(c == null ? -1 : c.getLastModified()).append('\n');
        }
        return stamp.toString();
    }
}
