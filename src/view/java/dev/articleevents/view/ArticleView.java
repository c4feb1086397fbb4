package dev.articleevents.view;

import java.util.List;

/**
 * What a page needs beside the contract document to show where each field came from: the decoded text the
 * evidence offsets point into, its blocks, and the marks. Added to a response only when asked for, so the
 * contract document itself stays as it is. {@code marksOmitted}: marks left out past each event's first
 * {@link EvidenceMarker#MAX_MARKS_PER_EVENT} (a long article repeating one story), so that the answer stays
 * within what Lambda may return (6 MB).
 */
public record ArticleView(String text, List<BlockView> blocks, List<Mark> marks, int marksOmitted) {
}
