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
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The core's contract records are written and read by Jackson through reflection. The core cannot carry
 * Quarkus annotations (it has no Quarkus imports), so they are registered for the native image here. The article
 * view's records are registered by the HTTP flavour, the only function that writes them.
 */
@RegisterForReflection(targets = {ArticleAnalysis.class, SourceInfo.class, Summary.class, Span.class, Event.class,
        Location.class, Actor.class, CasualtyReport.class, Engine.class, ErrorInfo.class})
public final class NativeReflection {
    private NativeReflection() {
    }
}
