package dev.articleevents.core.structure;

import dev.articleevents.core.model.Span;

import java.util.List;
import java.util.Optional;

/**
 * The decoded text cut into blocks; {@code storyCount} is how many wire stories the file holds; {@code datelineHeads}
 * the datelines opening its paragraphs ("BEIRUT (AP) —", {@link DatelineHeads}), read once for the places and the
 * events stages.
 */
public record Article(String text, List<Block> blocks, int storyCount, List<Span> datelineHeads) {
    public Optional<Block> title() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.TITLE).findFirst();
    }

    public List<Block> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).toList();
    }

    public String textOf(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The kind of the block holding this offset, or null between blocks. */
    public BlockKind kindAt(int offset) {
        return blockAt(offset).map(Block::kind).orElse(null);
    }

    /** The block holding this offset, if any (none between blocks). */
    public Optional<Block> blockAt(int offset) {
        for (Block b : blocks) {
            if (offset >= b.span().start() && offset < b.span().end()) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
