package vn.boardflow.document.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.DistributionLists.DistributionListView;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.Recipient;
import vn.boardflow.shared.RuleViolation;

/** A named group of recipients an issuing body sends to again and again. */
@Entity
@Table(name = "distribution_list")
class DistributionList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "distribution_list_entry", joinColumns = @JoinColumn(name = "list_id"))
    @OrderColumn(name = "position")
    private List<RecipientLine> recipients = new ArrayList<>();

    @Version
    private long version;

    protected DistributionList() {
    }

    DistributionList(long issuingBodyId, String name, List<Recipient> recipients) {
        this.issuingBodyId = issuingBodyId;
        update(name, recipients);
    }

    void update(String name, List<Recipient> recipients) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("distribution.error.nameRequired");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw new RuleViolation("distribution.error.recipientsRequired");
        }
        this.name = name.strip();
        this.recipients.clear();
        recipients.forEach(recipient -> this.recipients.add(new RecipientLine(recipient)));
    }

    DistributionListView view() {
        return new DistributionListView(id, IssuingBodyId.of(issuingBodyId), name, recipients.stream().map(RecipientLine::view).toList());
    }

    Long id() {
        return id;
    }

    long issuingBodyId() {
        return issuingBodyId;
    }
}
