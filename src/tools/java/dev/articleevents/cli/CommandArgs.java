package dev.articleevents.cli;

/** The command line of the export and reprocess tools: positional arguments first, then "--name value" options. */
final class CommandArgs {
    private final String[] args;

    /** Exits with status 2 and the usage line when fewer than {@code positional} arguments are given. */
    CommandArgs(String[] args, int positional, String usage) {
        if (args.length < positional) {
            System.err.println("usage: " + usage);
            System.exit(2);
        }
        this.args = args;
    }

    String positional(int i) {
        return args[i];
    }

    /** The value after {@code name}, or null when the option is not given. */
    String option(String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    String option(String name, String otherwise) {
        String value = option(name);
        return value == null ? otherwise : value;
    }
}
