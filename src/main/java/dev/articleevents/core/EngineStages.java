package dev.articleevents.core;

import dev.articleevents.core.decode.DecodeStage;
import dev.articleevents.core.extract.EventExtractor;
import dev.articleevents.core.extract.EventsStage;
import dev.articleevents.core.extract.MentionsStage;
import dev.articleevents.core.geo.PlacesStage;
import dev.articleevents.core.language.LanguageStage;
import dev.articleevents.core.language.TokenizeStage;
import dev.articleevents.core.pipeline.Input;
import dev.articleevents.core.pipeline.Pipeline;
import dev.articleevents.core.structure.DocumentStage;
import dev.articleevents.core.structure.PublicationStage;
import dev.articleevents.core.structure.StructureStage;
import dev.articleevents.core.summarize.DigestStage;
import dev.articleevents.core.summarize.SummaryStage;

import java.util.List;
import java.util.Set;

/** The engine's order, in one place: README's stage list is checked against this list. */
final class EngineStages {
    private EngineStages() {
    }

    static Pipeline pipeline(EventExtractor extractor) {
        return new Pipeline(Set.of(Input.BYTES, Input.META), List.of(
                new DecodeStage(),
                new StructureStage(),
                new TokenizeStage(),
                new LanguageStage(),
                new PublicationStage(),
                new DocumentStage(),
                new PlacesStage(extractor.placeRecognizer()),
                new MentionsStage(extractor),
                new EventsStage(extractor),
                new DigestStage(),
                new SummaryStage()));
    }
}
