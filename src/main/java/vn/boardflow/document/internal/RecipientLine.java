package vn.boardflow.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.boardflow.document.Recipient;
import vn.boardflow.org.UnitId;

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
        this.unitId = UnitId.valueOf(recipient.unitId());
        this.label = recipient.label();
    }

    Recipient view() {
        return new Recipient(UnitId.ofNullable(unitId), label);
    }
}
