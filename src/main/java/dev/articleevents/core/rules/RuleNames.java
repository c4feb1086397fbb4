package dev.articleevents.core.rules;

/** A rule's printed name from its class name: {@code TollOfPreviousEvent} → {@code toll-of-previous-event}. */
final class RuleNames {
    private RuleNames() {
    }

    static String kebab(String className) {
        StringBuilder out = new StringBuilder(className.length() + 8);
        for (int i = 0; i < className.length(); i++) {
            char c = className.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
