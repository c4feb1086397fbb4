package dev.articleevents.core.pipeline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {
    static final Layer<String> RAW = Layer.named("raw");
    static final Layer<String> UPPER = Layer.named("upper");
    static final Layer<Integer> LENGTH = Layer.named("length");

    /** A stage made of its declarations and a body, for building pipelines in a line. */
    record TestStage(String name, List<Layer<?>> requires, List<Layer<?>> produces, Consumer<Doc> body) implements Stage {
        @Override
        public String description() {
            return "a test stage.";
        }

        @Override
        public void annotate(Doc doc) {
            body.accept(doc);
        }
    }

    static final Stage UPPERCASE = new TestStage("upper", List.of(RAW), List.of(UPPER), d -> d.put(UPPER, d.get(RAW).toUpperCase()));
    static final Stage MEASURE = new TestStage("measure", List.of(UPPER), List.of(LENGTH), d -> d.put(LENGTH, d.get(UPPER).length()));

    @Test
    void stagesRunInOrderEachReadingWhatAnEarlierOneWrote() {
        List<String> ended = new ArrayList<>();
        Doc doc = new Doc(AnalysisDeadline.none());
        doc.put(RAW, "abc");
        new Pipeline(Set.of(RAW), List.of(UPPERCASE, MEASURE)).run(doc, (stage, nanos) -> ended.add(stage));
        assertEquals("ABC", doc.get(UPPER));
        assertEquals(3, doc.get(LENGTH));
        assertEquals(List.of("upper", "measure"), ended);
    }

    @Test
    void anOrderThatCannotWorkFailsWhenThePipelineIsBuilt() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(Set.of(RAW), List.of(MEASURE, UPPERCASE)));
        assertTrue(e.getMessage().contains("'measure' requires layer 'upper'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(Set.of(RAW), List.of(UPPERCASE, UPPERCASE)));
        Stage alsoUpper = new TestStage("again", List.of(RAW), List.of(UPPER), d -> { });
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(Set.of(RAW), List.of(UPPERCASE, alsoUpper)));
    }

    @Test
    void aStageThatDoesNotWriteWhatItDeclaresIsADefect() {
        Stage lazy = new TestStage("lazy", List.of(RAW), List.of(UPPER), d -> { });
        Doc doc = new Doc(AnalysisDeadline.none());
        doc.put(RAW, "abc");
        var e = assertThrows(IllegalStateException.class, () -> new Pipeline(Set.of(RAW), List.of(lazy)).run(doc, StageObserver.NONE));
        assertTrue(e.getMessage().contains("'lazy' did not write its layer 'upper'"), e.getMessage());
    }

    @Test
    void theDeadlineIsCheckedAsEachStageEnds() {
        Doc doc = new Doc(AnalysisDeadline.after(Duration.ofNanos(1)));
        doc.put(RAW, "abc");
        var e = assertThrows(InputRejectedException.class,
                () -> new Pipeline(Set.of(RAW), List.of(UPPERCASE, MEASURE)).run(doc, StageObserver.NONE));
        assertEquals(AnalysisDeadline.TOO_SLOW, e.code());
        assertTrue(e.getMessage().contains("at the upper stage"), e.getMessage());
        assertTrue(!doc.has(LENGTH), "no stage runs past the deadline");
    }

    @Test
    void aLayerIsWrittenOnceAndReadOnlyOnceWritten() {
        Doc doc = new Doc(AnalysisDeadline.none());
        assertThrows(IllegalStateException.class, () -> doc.get(RAW));
        doc.put(RAW, null);
        assertEquals(null, doc.get(RAW));
        assertThrows(IllegalStateException.class, () -> doc.put(RAW, "again"));
    }

    @Test
    void theDescriptionSaysWhatEachStageReadsAndWrites() {
        assertEquals(List.of("upper — a test stage. Reads: raw. Writes: upper.", "measure — a test stage. Reads: upper. Writes: length."),
                new Pipeline(Set.of(RAW), List.of(UPPERCASE, MEASURE)).describe());
    }
}
