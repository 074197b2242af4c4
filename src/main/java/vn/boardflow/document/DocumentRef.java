package vn.boardflow.document;

import jakarta.persistence.Embeddable;

/**
 * An issued document as another record keeps it: its id, to open it, and its symbol, to name it without
 * a lookup. Kept embedded, with the holder naming the columns; no document yet reads back as {@code null}.
 */
@Embeddable
public record DocumentRef(long id, String symbol) {
}
