package dev.articleevents.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/** Validates documents against the contract's JSON Schema shipped in src/main/resources/schema. */
public final class ContractSchema {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private ContractSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = ContractSchema.class.getClassLoader().getResourceAsStream("schema/article-analysis.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the document, fails the test with every violation if it does not follow the contract. */
    public static JsonNode assertValid(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            Set<ValidationMessage> errors = SCHEMA.validate(node);
            if (!errors.isEmpty()) {
                fail("document violates the contract schema:\n" + errors.stream().map(ValidationMessage::getMessage)
                        .collect(Collectors.joining("\n")) + "\n" + json);
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<ValidationMessage> violations(String json) {
        try {
            return SCHEMA.validate(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
