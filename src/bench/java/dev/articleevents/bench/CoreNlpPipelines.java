package dev.articleevents.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The peer: Stanford CoreNLP 4.5.10 (GPL v3+; test scope of the bench profile only, never shipped).
 * Per language the pipeline the issue names, with the language's own properties file from its models jar:
 * Arabic {@code tokenize,ssplit,pos} (the Arabic tokenizer runs the segmenter); English
 * {@code tokenize,ssplit,pos,lemma,ner} (CoreNLP's defaults: three CRF models, SUTime, fine-grained
 * RegexNER); French {@code tokenize,ssplit,mwt,pos} (the French tagger is trained on multi-word-token
 * split text, so {@code mwt} comes with {@code pos}).
 */
public final class CoreNlpPipelines {
    private CoreNlpPipelines() {
    }

    public static String annotators(String lang) {
        return switch (lang) {
            case "ar" -> "tokenize,ssplit,pos";
            case "en" -> "tokenize,ssplit,pos,lemma,ner";
            case "fr" -> "tokenize,ssplit,mwt,pos";
            default -> throw new IllegalArgumentException("no CoreNLP pipeline for " + lang);
        };
    }

    public static StanfordCoreNLP build(String lang) {
        Properties props = new Properties();
        String file = switch (lang) {
            case "ar" -> "StanfordCoreNLP-arabic.properties";
            case "fr" -> "StanfordCoreNLP-french.properties";
            default -> null;
        };
        if (file != null) {
            try (InputStream in = CoreNlpPipelines.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException(file + " not on the classpath (models jar missing)");
                }
                props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            props.setProperty("tokenize.language", "en");
        }
        props.setProperty("annotators", annotators(lang));
        return new StanfordCoreNLP(props);
    }

    /** Bytes in, annotated document out (UTF-8 decoding included, as the analyzer decodes too). */
    public static Annotation annotate(StanfordCoreNLP pipeline, byte[] bytes) {
        Annotation doc = new Annotation(new String(bytes, StandardCharsets.UTF_8));
        pipeline.annotate(doc);
        return doc;
    }
}
