package vn.boardflow.document.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.AmendmentKind;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.RegisterEntryView;
import vn.boardflow.shared.Sha256;
import vn.boardflow.shared.TextFolding;

/**
 * An issued document: final once written. Its content is kept so the Word file can be rendered again
 * should the first rendering fail; the file's bytes, once written, never change.
 */
@Entity
@Table(name = "issued_document")
class IssuedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Its line in the register, which holds its number, date, summary and signer: copied nowhere else. */
    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "register_entry_id", nullable = false, updatable = false)
    private RegisterEntry entry;

    @Column(name = "content_json", nullable = false, updatable = false)
    private String contentJson;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "template_version", nullable = false, updatable = false)
    private String templateVersion;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    private String sha256;

    @Column(name = "rendered_at")
    private Instant renderedAt;

    @Column(name = "amends_id", updatable = false)
    private Long amendsId;

    @Enumerated(EnumType.STRING)
    @Column(name = "amendment_kind", updatable = false)
    private AmendmentKind amendmentKind;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_recipient", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<RecipientLine> recipients = new ArrayList<>();

    protected IssuedDocument() {
    }

    IssuedDocument(RegisterEntry entry, String contentJson, String templateVersion, List<Recipient> recipients,
                   Long amendsId, AmendmentKind amendmentKind, Instant issuedAt, String issuedBy) {
        this.entry = entry;
        this.contentJson = contentJson;
        RegisterEntryView registered = entry.view();
        this.fileName = fileName(registered.symbol(), registered.year());
        this.templateVersion = templateVersion;
        recipients.forEach(recipient -> this.recipients.add(new RecipientLine(recipient)));
        this.amendsId = amendsId;
        this.amendmentKind = amendmentKind;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    /** "01/KH-BTC.ĐACN" of 2018 is downloaded as "01-KH-BTC.DACN-2018.docx". */
    static String fileName(String symbol, int year) {
        return TextFolding.ascii(symbol).replaceAll("[^A-Za-z0-9.\\-]+", "-") + "-" + year + ".docx";
    }

    /** Writes the rendered file once; a second rendering of an already written document changes nothing. */
    void attach(byte[] bytes, Instant now) {
        if (content != null) {
            return;
        }
        this.content = bytes.clone();
        this.sha256 = Sha256.hex(bytes);
        this.renderedAt = now;
    }

    boolean isRendered() {
        return renderedAt != null;
    }

    IssuedDocumentView view() {
        RegisterEntryView registered = entry.view();
        return new IssuedDocumentView(id, registered.issuingBodyId(), registered.symbol(), registered.type(),
                registered.issuedOn(), registered.summary(), registered.signer(), recipients.stream().map(RecipientLine::view).toList(), fileName, sha256, templateVersion,
                isRendered(), amendsId, amendmentKind, issuedAt, issuedBy);
    }

    Long id() {
        return id;
    }

    long issuingBodyId() {
        return entry.issuingBodyId();
    }

    String contentJson() {
        return contentJson;
    }

    byte[] content() {
        return content == null ? null : content.clone();
    }

    String fileName() {
        return fileName;
    }

    String templateVersion() {
        return templateVersion;
    }

    String sha256Hex() {
        return sha256;
    }

    List<Recipient> recipients() {
        return recipients.stream().map(RecipientLine::view).toList();
    }
}
