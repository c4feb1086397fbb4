package dev.articleevents.build.archfixture.report;

/** A tool. */
public class Tool {
    public static String render() {
        return "";
    }
}
