package dev.articleevents.core;

import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.pipeline.InputRejectedException;
import dev.articleevents.core.rules.RuleCount;
import dev.articleevents.core.decode.BinarySniffer;
import dev.articleevents.core.decode.DecodedText;
import dev.articleevents.core.decode.TextDecoder;
import dev.articleevents.core.extract.EventExtractor;
import dev.articleevents.core.geo.Gazetteer;
import dev.articleevents.core.language.LanguageIdentifier;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.SourceInfo;
import dev.articleevents.core.model.Summary;
import dev.articleevents.core.structure.Article;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.ArticleStructurer;
import dev.articleevents.core.summarize.ExtractiveSummarizer;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;

/**
 * The one entry point of the core: bytes and what the caller knows about them → the contract document.
 * Pure Java, thread-safe once built; build one per process (lexicons load in the constructor).
 * Nothing throws: bad input yields an error document with a stable code, and a defect of the engine yields
 * the error document {@value #INTERNAL_ERROR}, so that every caller gets an answer and a queue never retries
 * the same bytes into the same failure.
 */
public final class ArticleAnalyzer {
    /** The error code of an analysis that failed on a defect of the engine rather than on its input. */
    public static final String INTERNAL_ERROR = "internal-error";

    private final TextDecoder decoder = new TextDecoder();
    private final ArticleStructurer structurer = new ArticleStructurer();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    private final Gazetteer gazetteer = Gazetteer.load();
    private final EventExtractor extractor = new EventExtractor(gazetteer);
    private final StageObserver observer;

    public ArticleAnalyzer() {
        this(StageObserver.NONE);
    }

    public ArticleAnalyzer(StageObserver observer) {
        this.observer = observer;
    }

    public ArticleAnalysis analyze(byte[] bytes, ArticleMeta meta) {
        return analyze(bytes, meta, AnalysisDeadline.none());
    }

    /** As {@link #analyze(byte[], ArticleMeta)}, ending as the error document {@code too-slow} past the deadline. */
    public ArticleAnalysis analyze(byte[] bytes, ArticleMeta meta, AnalysisDeadline deadline) {
        return inspect(bytes, meta, deadline).analysis();
    }

    /** As {@link #analyze(byte[], ArticleMeta, AnalysisDeadline)}, keeping the article as it was read. */
    public InspectedArticle inspect(byte[] body, ArticleMeta given, AnalysisDeadline deadline) {
        byte[] bytes = body == null ? new byte[0] : body;
        ArticleMeta meta = given == null ? ArticleMeta.of(null, null) : given;
        SourceInfo source = sourceOf(bytes, meta);
        try {
            return analyzeChecked(bytes, meta, source, deadline == null ? AnalysisDeadline.none() : deadline);
        } catch (InputRejectedException e) {
            return new InspectedArticle(ErrorDocuments.of(source, e.code(), e.getMessage()), null);
        } catch (RuntimeException | StackOverflowError e) {
            // the article may be fine and the engine wrong: say so without its trace (callers log it), and
            // answer, since the same bytes would fail the same way on every retry
            return new InspectedArticle(ErrorDocuments.of(source, INTERNAL_ERROR, "the analysis failed on a defect of the"
                    + " engine, not on a rule about its input; the operators have the details in the log"), null, e);
        }
    }

    private InspectedArticle analyzeChecked(byte[] bytes, ArticleMeta meta, SourceInfo source, AnalysisDeadline deadline) {
        long started = System.nanoTime();
        if (bytes.length == 0) {
            throw new InputRejectedException("empty-object", "the object is empty (0 bytes)");
        }
        BinarySniffer.binaryFormat(bytes).ifPresent(format -> {
            throw new InputRejectedException("unsupported-format",
                    "the object looks like " + format + ", not text or HTML; convert it to text first");
        });
        DecodedText decoded = decoder.decode(bytes, meta.contentType());
        if (isBlank(decoded.text())) {
            throw new InputRejectedException("no-text", "the object holds no text (only white space"
                    + (decoded.html() ? " once the HTML markup is removed)" : ")"));
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        long clock = ended("decode", started, deadline);
        Article article = structurer.structure(decoded.text());
        clock = ended("structure", clock, deadline);
        List<Token> tokens = Tokenizer.tokenize(decoded.text());
        clock = ended("tokenize", clock, deadline);
        String language = languages.identify(decoded.text(), tokens);
        if (LanguageIdentifier.UNDETERMINED.equals(language)) {
            warnings.add("language not recognised as Arabic, English or French; no events extracted");
        }
        String title = article.title().map(b -> article.textOf(b.span())).orElse(null);
        LocalDate published = PublicationDate.parse(meta.publishedAt(), warnings);
        String publishedAt = published == null ? null : published.toString();
        ArticleDocument doc = new ArticleDocument(article, tokens, language, published);
        List<Event> events = LanguageIdentifier.UNDETERMINED.equals(language) ? List.of() : extractor.extract(doc, deadline);
        clock = ended("events", clock, deadline);
        if (!gazetteer.complete()) {
            warnings.add("place index not packaged with this build: places geocoded to country level only");
        }
        if (events.isEmpty()) {
            warnings.add("no events found");
        }
        Summary summary = summarizer.summarize(doc, events);
        ended("summary", clock, deadline);
        return new InspectedArticle(new ArticleAnalysis(ArticleAnalysis.SCHEMA_VERSION, source,
                new ArticleAnalysis.Read(language, title, publishedAt), summary, events, List.copyOf(warnings), EngineInfo.ENGINE, null), doc);
    }

    /** How often each named rule of the engine fired since it was built, chain by chain in the engine's order. */
    public List<RuleCount> ruleCounts() {
        return extractor.ruleCounts();
    }

    /** Tells the observer, then the deadline, that a stage ended; returns the time it ended. */
    private long ended(String stage, long since, AnalysisDeadline deadline) {
        long now = System.nanoTime();
        observer.ended(stage, now - since);
        deadline.check(stage);
        return now;
    }

    /** Blank in the Unicode sense: no-break spaces and byte order marks count as white space too. */
    private static boolean isBlank(String text) {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B');
    }

    private static SourceInfo sourceOf(byte[] bytes, ArticleMeta meta) {
        return new SourceInfo(meta.bucket(), meta.key(), meta.versionId(), meta.eTag(), bytes.length,
                meta.contentType(), ContentHash.sha256(bytes));
    }

}
