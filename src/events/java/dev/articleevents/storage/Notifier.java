package dev.articleevents.storage;

import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/** Sends notification messages to the queue. */
@ApplicationScoped
public class Notifier {
    private final SqsClient sqs;

    public Notifier(SqsClient sqs) {
        this.sqs = sqs;
    }

    public void send(String queueUrl, String json) {
        sqs.sendMessage(SendMessageRequest.builder().queueUrl(queueUrl).messageBody(json).build());
    }
}
