package vn.boardflow.drafting.internal;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The version of a draft signed off, by whom and when; the clerk issues exactly that version. Kept embedded, with
 * the holder naming the columns; no sign-off reads back as {@code null}.
 */
@Embeddable
record SignedVersion(int revision, String by, Instant at) {
}
