package dev.articleevents.build.archfixture.http;

import dev.articleevents.build.archfixture.core.model.Result;

/** An adapter that uses the engine's API only. */
public class ApiUser {
    public Result result = new Result("x");
}
