package dev.articleevents.function;

import dev.articleevents.reprocess.ReprocessRequest;
import dev.articleevents.reprocess.Reprocessor;
import io.quarkus.funqy.Funq;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Reprocess as a function (export {@code reprocess}): one invocation enqueues up to {@code maxObjects}
 * (default 50 000) notifications and answers the continuation token; invoke again with it until
 * {@code done}. The S3 event function, scaled out on the input queue, does the analysis.
 */
public class ReprocessFunction {
    private static final Logger LOG = Logger.getLogger(ReprocessFunction.class);
    private final Reprocessor reprocessor;

    public ReprocessFunction(S3Client s3, SqsClient sqs) {
        this.reprocessor = new Reprocessor(s3, sqs);
    }

    @Funq("reprocess")
    public Reprocessor.Progress reprocess(ReprocessRequest request) {
        long max = request.maxObjects() > 0 ? request.maxObjects() : 50_000;
        return reprocessor.run(request.bucket(), request.prefix() == null ? "" : request.prefix(), request.queueUrl(),
                request.continuationToken(), max, p -> LOG.infof("reprocess %s/%s: %d enqueued", request.bucket(), request.prefix(), p.enqueued()));
    }
}
