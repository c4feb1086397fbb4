package dev.articleevents.http;

import dev.articleevents.view.ArticleView;
import dev.articleevents.view.BlockView;
import dev.articleevents.view.Mark;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * POST /analyze?view=true writes the article view's records through Jackson's reflection, like the contract
 * records ({@code wiring.NativeReflection}); the view is plain Java without Quarkus annotations, and only this
 * flavour carries it, so its records are registered for the native image here.
 */
@RegisterForReflection(targets = {ArticleView.class, BlockView.class, Mark.class})
public final class ViewReflection {
    private ViewReflection() {
    }
}
