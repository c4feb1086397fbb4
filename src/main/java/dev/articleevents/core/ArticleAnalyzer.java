package dev.articleevents.core;

import dev.articleevents.core.extract.EventExtractor;
import dev.articleevents.core.extract.EventScorer;
import dev.articleevents.core.geo.Gazetteer;
import dev.articleevents.core.language.LanguageStage;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.model.SourceInfo;
import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.pipeline.ContractLayers;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Input;
import dev.articleevents.core.pipeline.InputRejectedException;
import dev.articleevents.core.pipeline.Pipeline;
import dev.articleevents.core.pipeline.StageObserver;
import dev.articleevents.core.rules.RuleCount;
import dev.articleevents.core.structure.Article;
import dev.articleevents.core.structure.DocumentStage;
import dev.articleevents.core.structure.PublicationStage;
import dev.articleevents.core.structure.StructureStage;

import java.time.LocalDate;
import java.util.List;

/**
 * The one entry point of the core: bytes and what the caller knows about them → the contract document.
 * Pure Java, thread-safe once built; build one per process (lexicons are read in the constructor, and each is
 * compiled, under its own lock, on the first article of its language).
 * Nothing throws: bad input yields an error document with a stable code, and a defect of the engine yields
 * the error document {@value #INTERNAL_ERROR}, so that every caller gets an answer and a queue never retries
 * the same bytes into the same failure.
 */
public final class ArticleAnalyzer {
    /** The error code of an analysis that failed on a defect of the engine rather than on its input. */
    public static final String INTERNAL_ERROR = "internal-error";

    private final EventExtractor extractor;
    private final Pipeline pipeline;
    private final StageObserver observer;

    public ArticleAnalyzer() {
        this(StageObserver.NONE);
    }

    public ArticleAnalyzer(StageObserver observer) {
        this(observer, EventScorer.load());
    }

    /** With event-scorer weights other than the packaged ones (the training command's learning curve). */
    public ArticleAnalyzer(StageObserver observer, EventScorer events) {
        this.observer = observer;
        this.extractor = new EventExtractor(Gazetteer.load(), events);
        this.pipeline = EngineStages.pipeline(extractor);
    }

    public ArticleAnalysis analyze(byte[] bytes, ArticleMeta meta) {
        return analyze(bytes, meta, AnalysisDeadline.none());
    }

    /**
     * Analyses one sample article of each language ({@link PrimingSample}), so that every stage's classes and
     * compiled code, for every language, are there before the first real article (or in a SnapStart snapshot).
     */
    public void prime() {
        for (PrimingSample sample : PrimingSample.all()) {
            analyze(sample.bytes(), ArticleMeta.of("text/plain; charset=utf-8", "2016-08-02"));
        }
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
            return InspectedArticle.refused(ErrorDocuments.of(source, e.code(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // the article may be fine and the engine wrong: say so without its trace (callers log it), and
            // answer, since the same bytes would fail the same way on every retry
            return InspectedArticle.failed(ErrorDocuments.of(source, INTERNAL_ERROR, "the analysis failed on a defect of the"
                    + " engine, not on a rule about its input; the operators have the details in the log"), e);
        }
    }

    private InspectedArticle analyzeChecked(byte[] bytes, ArticleMeta meta, SourceInfo source, AnalysisDeadline deadline) {
        Doc doc = new Doc(deadline);
        doc.put(Input.BYTES, bytes);
        doc.put(Input.META, meta);
        pipeline.run(doc, observer);
        Article article = doc.get(StructureStage.ARTICLE);
        String title = article.title().map(b -> article.textOf(b.span())).orElse(null);
        LocalDate published = doc.get(PublicationStage.PUBLISHED);
        ArticleAnalysis.Read read = new ArticleAnalysis.Read(doc.get(LanguageStage.LANGUAGE), title,
                published == null ? null : published.toString());
        return new InspectedArticle(new ArticleAnalysis(ArticleAnalysis.SCHEMA_VERSION, source, read, doc.get(ContractLayers.SUMMARY),
                doc.get(ContractLayers.DIGESTED_EVENTS), doc.warnings(), EngineInfo.ENGINE, null), doc.get(DocumentStage.DOCUMENT),
                doc.get(ContractLayers.EVENT_EVIDENCE), null);
    }

    /** The stages in the order they run, each with what it reads and writes. */
    public List<String> stages() {
        return pipeline.describe();
    }

    /** How often each named rule of the engine fired since it was built, chain by chain in the engine's order. */
    public List<RuleCount> ruleCounts() {
        return extractor.ruleCounts();
    }

    private static SourceInfo sourceOf(byte[] bytes, ArticleMeta meta) {
        return new SourceInfo(meta.bucket(), meta.key(), meta.versionId(), meta.eTag(), bytes.length,
                meta.contentType(), ContentHash.sha256(bytes));
    }

}
