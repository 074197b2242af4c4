package vn.boardflow.drafting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.boardflow.drafting.DraftComments;
import vn.boardflow.drafting.DraftComments.DraftComment;
import vn.boardflow.shared.RuleViolation;

/** One comment on the version of a draft its writer read. */
@Entity
@Immutable
@Table(name = "draft_comment")
class DraftCommentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected DraftCommentEntry() {
    }

    DraftCommentEntry(DocumentDraft draft, String text, String author, Instant at) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation("draft.error.commentRequired");
        }
        if (stripped.length() > DraftComments.MAX_TEXT) {
            throw new RuleViolation("draft.error.commentTooLong", DraftComments.MAX_TEXT);
        }
        this.draftId = draft.draftId().value();
        this.revision = draft.revision();
        this.text = stripped;
        this.author = author;
        this.writtenAt = at;
    }

    String text() {
        return text;
    }

    int revision() {
        return revision;
    }

    DraftComment view() {
        return new DraftComment(revision, author, text, writtenAt);
    }
}
