package vn.boardflow.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.boardflow.document.Recipient;

/** A recipient as stored with a document or a distribution list. */
@Embeddable
class RecipientLine {

    @Column(name = "unit_id")
    private Long unitId;

    @Column(nullable = false)
    private String label;

    protected RecipientLine() {
    }

    RecipientLine(Recipient recipient) {
        this.unitId = recipient.unitId();
        this.label = recipient.label();
    }

    Recipient view() {
        return new Recipient(unitId, label);
    }
}
