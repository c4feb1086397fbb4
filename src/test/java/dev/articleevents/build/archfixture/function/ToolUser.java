package dev.articleevents.build.archfixture.function;

import dev.articleevents.build.archfixture.report.Tool;

/** Function code that uses a tool. */
public class ToolUser {
    public String page() {
        return Tool.render();
    }
}
