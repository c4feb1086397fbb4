package dev.articleevents.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** README's list of the engine's stages is the pipeline's own description, so that it cannot drift. */
class ReadmeStagesTest {
    static final String BEGIN = "<!-- stages: the pipeline's own description, checked by ReadmeStagesTest -->";
    static final String END = "<!-- /stages -->";

    @Test
    void readmeListsTheStagesTheEngineRuns() throws IOException {
        List<String> expected = new ArrayList<>();
        List<String> described = new ArticleAnalyzer().stages();
        for (int i = 0; i < described.size(); i++) {
            String[] nameAndRest = described.get(i).split(" — ", 2);
            expected.add((i + 1) + ". `" + nameAndRest[0] + "` — " + nameAndRest[1]);
        }
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf(BEGIN);
        int to = readme.indexOf(END);
        String listed = from < 0 || to < from ? "" : readme.substring(from + BEGIN.length(), to).strip();
        assertEquals(String.join("\n", expected), listed, "README's stage list (between the stages markers) must be"
                + " the pipeline's description; paste the expected text there");
    }
}
