package dev.articleevents.processing;

import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.ErrorDocuments;
import dev.articleevents.core.InspectedArticle;
import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.SourceInfo;
import dev.articleevents.storage.ArticleStore;
import dev.articleevents.storage.Notifier;
import dev.articleevents.storage.ObjectGoneException;
import dev.articleevents.storage.ObjectTooLargeException;
import dev.articleevents.storage.ResultStore;
import dev.articleevents.storage.StoredArticle;
import io.quarkus.runtime.StartupEvent;
import jakarta.inject.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * One input object → one result (or error) document in the results bucket → one notification. Problems of
 * the object (gone, too large, not text) become error documents; problems of the infrastructure (S3 or SQS
 * unreachable) propagate, so that the event is retried and never acknowledged without a result.
 */
@ApplicationScoped
public class ArticleProcessor {
    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);
    private final AppConfig config;
    private final ArticleStore articles;
    private final ResultStore results;
    private final Notifier notifier;
    /** A provider, not the analyzer: this bean starts with the application, the analyzer loads beside it. */
    private final Provider<ArticleAnalyzer> analyzer;
    private final MetricsEmitter metrics;

    public ArticleProcessor(AppConfig config, ArticleStore articles, ResultStore results, Notifier notifier,
                            Provider<ArticleAnalyzer> analyzer, MetricsEmitter metrics) {
        this.metrics = metrics;
        this.config = config;
        this.articles = articles;
        this.results = results;
        this.notifier = notifier;
        this.analyzer = analyzer;
    }

    /** A results bucket equal to the input bucket would make every result trigger the function again. */
    void refuseRecursiveConfiguration(@Observes StartupEvent start) {
        config.inputBucket().ifPresent(input -> {
            if (input.equals(config.resultsBucket())) {
                throw new IllegalStateException("app.results-bucket must differ from app.input-bucket ('" + input
                        + "'): results written there would trigger the function again");
            }
        });
    }

    public ResultNotification process(ObjectRef ref) {
        if (ref.bucket().equals(config.resultsBucket())) {
            throw new MalformedEventException("event for the results bucket '" + ref.bucket()
                    + "' refused: processing it would loop");
        }
        long started = System.nanoTime();
        ArticleAnalysis analysis;
        try {
            StoredArticle stored = articles.read(ref.bucket(), ref.key(), ref.versionId(), config.maxObjectBytes());
            if (ref.versionId() == null && ref.eTag() == null) {
                // an event without version or ETag (hand-made, or a reprocess request): key by what was read
                ref = new ObjectRef(ref.bucket(), ref.key(), stored.versionId(), stored.eTag());
            }
            ArticleMeta meta = new ArticleMeta(ref.bucket(), ref.key(), stored.versionId() != null ? stored.versionId() : ref.versionId(),
                    stored.eTag(), stored.contentType(), stored.publishedAt());
            InspectedArticle inspected = analyzer.get().inspect(stored.bytes(), meta,
                    AnalysisDeadline.after(java.time.Duration.ofMillis(config.maxAnalysisMs())));
            analysis = inspected.analysis();
            if (inspected.failure() != null) {
                // final, not retried: the same bytes would fail the same way; the document says so without the trace
                LOG.errorf(inspected.failure(), "analysis failed on an engine defect: key=%s request=%s", ref.key(),
                        RequestContext.requestId());
            }
        } catch (ObjectGoneException e) {
            analysis = failure(ref, "object-gone", e.getMessage(), 0);
        } catch (ObjectTooLargeException e) {
            analysis = failure(ref, "too-large", e.getMessage(), e.size());
        }
        String prefix = analysis.hasError() ? config.errorsPrefix() : config.resultsPrefix();
        String resultKey = ResultKeys.resultKey(prefix, ref);
        results.write(config.resultsBucket(), resultKey, AnalysisJson.write(analysis));
        ResultNotification note = notificationOf(analysis, ref, resultKey);
        notifier.send(config.notifyQueueUrl(), NotificationJson.write(note));
        long ms = (System.nanoTime() - started) / 1_000_000;
        // keys, counts and timings only: article text never reaches the logs
        LOG.infof("processed key=%s status=%s events=%d result=%s ms=%d", ref.key(), note.status(), note.eventCount(), resultKey, ms);
        metrics.processed(analysis.hasError() ? analysis.error().code() : "ok", note.eventCount(),
                analysis.source().size(), ms, RequestContext.requestId());
        return note;
    }

    /**
     * A queue message that is not an S3 notification: an error document under
     * {@code <errors prefix>malformed-messages/<message id>.json} (the id is stable across redeliveries, so a
     * redelivery overwrites) and a failure notification. The body itself is not stored (it may be anything).
     */
    public ResultNotification rejectMessage(String messageId, String body, String why) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ArticleAnalysis doc = ErrorDocuments.refused("malformed-event", why, bytes, "application/json");
        String id = messageId == null || messageId.isBlank() ? doc.source().sha256() : messageId.replaceAll("[^A-Za-z0-9._-]", "_");
        String key = config.errorsPrefix() + "malformed-messages/" + id + ".json";
        results.write(config.resultsBucket(), key, AnalysisJson.write(doc));
        ResultNotification note = new ResultNotification("error", config.resultsBucket(), key, null, null, null, null, 0,
                List.of(), "malformed-event");
        notifier.send(config.notifyQueueUrl(), NotificationJson.write(note));
        LOG.warnf("malformed message %s rejected: %s", messageId, why);
        return note;
    }


    /** @param size the object's size where it is known without reading it (0 when the object is gone) */
    private static ArticleAnalysis failure(ObjectRef ref, String code, String message, long size) {
        return ErrorDocuments.of(new SourceInfo(ref.bucket(), ref.key(), ref.versionId(), ref.eTag(), size, null, null), code, message);
    }

    private ResultNotification notificationOf(ArticleAnalysis a, ObjectRef ref, String resultKey) {
        List<String> digest = a.events().stream().map(Event::digest).toList();
        return new ResultNotification(a.hasError() ? "error" : "ok", config.resultsBucket(), resultKey, ref.bucket(),
                ref.key(), ref.versionId(), a.language(), a.events().size(), digest,
                a.hasError() ? a.error().code() : null);
    }
}
