package dev.articleevents.processing;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic result keys: the same object version always maps to the same key, so a retried or
 * duplicated event overwrites its result instead of adding one. Layout:
 * {@code <prefix><input key>@<versionId or eTag>.json}; keys that would pass S3's 1,024-byte limit keep a
 * readable head and end in a hash of the full input key.
 */
public final class ResultKeys {
    static final int MAX_KEY_BYTES = 1024;

    private ResultKeys() {
    }

    public static String resultKey(String prefix, ObjectRef ref) {
        String version = ref.versionId() != null ? ref.versionId()
                : ref.eTag() != null ? ref.eTag().replace("\"", "") : "unversioned";
        String suffix = "@" + version + ".json";
        String key = prefix + ref.key() + suffix;
        if (utf8Length(key) <= MAX_KEY_BYTES) {
            return key;
        }
        String hash = "~" + dev.articleevents.core.ContentHash.sha256(ref.key().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        int budget = MAX_KEY_BYTES - utf8Length(prefix) - utf8Length(hash) - utf8Length(suffix);
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < ref.key().length(); ) {
            int cp = ref.key().codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (utf8Length(head.toString()) + utf8Length(ch) > budget) {
                break;
            }
            head.append(ch);
            i += Character.charCount(cp);
        }
        return prefix + head + hash + suffix;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

}
