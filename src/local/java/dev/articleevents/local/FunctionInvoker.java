package dev.articleevents.local;

import java.io.IOException;

/** Something that runs a function on one event and answers its output: Lambda's invoke, as the local stack has it. */
public interface FunctionInvoker {
    /** The function's answer: 200 with its output, or 500 with the error it reported. */
    record Reply(int status, String body) {
    }

    Reply invoke(String eventJson) throws IOException, InterruptedException;

    /** Whether the function has started taking events (a request before that would wait for its whole start-up). */
    default boolean ready() {
        return true;
    }
}
