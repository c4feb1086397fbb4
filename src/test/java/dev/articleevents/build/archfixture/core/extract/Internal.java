package dev.articleevents.build.archfixture.core.extract;

/** An engine internal. */
public class Internal {
    public static int value() {
        return 1;
    }
}
