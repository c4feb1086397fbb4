package dev.articleevents.wiring;

import dev.articleevents.core.model.Actor;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.CasualtyReport;
import dev.articleevents.core.model.Engine;
import dev.articleevents.core.model.ErrorInfo;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Location;
import dev.articleevents.core.model.SourceInfo;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.model.Summary;
import dev.articleevents.view.ArticleView;
import dev.articleevents.view.BlockView;
import dev.articleevents.view.Mark;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The core's contract records are written and read by Jackson through reflection. The core cannot carry
 * Quarkus annotations (it has no Quarkus imports), so they are registered for the native image here; so are the
 * article view's records, which POST /analyze?view=true writes the same way.
 */
@RegisterForReflection(targets = {ArticleAnalysis.class, SourceInfo.class, Summary.class, Span.class, Event.class,
        Location.class, Actor.class, CasualtyReport.class, Engine.class, ErrorInfo.class,
        ArticleView.class, BlockView.class, Mark.class})
public final class NativeReflection {
    private NativeReflection() {
    }
}
