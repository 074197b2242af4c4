package vn.boardflow.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.Nominee;
import vn.boardflow.emulation.ProposalId;
import vn.boardflow.emulation.Proposals.ProposalDetails;
import vn.boardflow.emulation.Proposals.ProposalStatus;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.TextFolding;

/** A proposal for commendation: written by its proposing unit until it is sent, then kept as sent. */
@Entity
@Table(name = "commendation_proposal")
class CommendationProposal {

    static final int MAX_ACHIEVEMENTS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "proposing_unit_id", nullable = false, updatable = false)
    private long proposingUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Nominee nominee;

    @Column(name = "nominee_name", nullable = false)
    private String nomineeName;

    /** Who the nominee is, accents and case aside: the same person or unit proposed twice is found by it. */
    @Column(name = "nominee_key", nullable = false)
    private String nomineeKey;

    @Column(name = "nominee_position")
    private String position;

    @Column(name = "nominee_unit_id", nullable = false)
    private long nomineeUnitId;

    @Column(name = "form_code", nullable = false)
    private String formCode;

    @Column(nullable = false)
    private String achievements;

    @Column(name = "member_count")
    private Integer memberCount;

    @Column(nullable = false)
    private boolean disciplined;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "return_comment")
    private String returned;

    @Column(name = "compiled_at")
    private Instant compiledAt;

    @Column(name = "compiled_by")
    private String compiledBy;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CommendationProposal() {
    }

    CommendationProposal(ProposalDetails details, UnitId proposingUnitId, String by, Instant at) {
        this.campaignId = details.campaignId().value();
        this.proposingUnitId = proposingUnitId.value();
        this.status = ProposalStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = at;
        write(details);
    }

    void revise(ProposalDetails details) {
        requireDraft();
        write(details);
    }

    void send(String by, Instant at) {
        requireDraft();
        this.status = ProposalStatus.SENT;
        this.sentBy = by;
        this.sentAt = at;
    }

    void compile(String by, Instant at) {
        requireSent();
        this.status = ProposalStatus.COMPILED;
        this.compiledBy = by;
        this.compiledAt = at;
    }

    void sendBack(String reason) {
        requireSent();
        String said = reason == null ? "" : reason.strip();
        RuleViolation.require(!said.isEmpty() && said.length() <= 1000, "emulation.proposal.error.reason");
        this.returned = said;
        this.status = ProposalStatus.RETURNED;
    }

    /** Its unit still writes it: not sent, or returned. */
    void requireDraft() {
        RuleViolation.require(status.written(), "emulation.proposal.error.sent");
    }

    private void requireSent() {
        RuleViolation.require(status == ProposalStatus.SENT, "emulation.proposal.error.notSent");
    }

    void checkVersion(long expected) {
        RuleViolation.require(version == expected, "emulation.error.changedMeanwhile");
    }

    private void write(ProposalDetails details) {
        String name = details.nomineeName() == null ? "" : details.nomineeName().strip();
        RuleViolation.require(details.nominee() != null && !name.isEmpty() && name.length() <= 200,
                "emulation.proposal.error.nominee");
        RuleViolation.require(details.nomineeUnitId() != null, "emulation.proposal.error.unit");
        RuleViolation.require(details.formCode() != null, "emulation.proposal.error.form");
        String text = details.achievements() == null ? "" : details.achievements().strip();
        RuleViolation.require(!text.isEmpty() && text.length() <= MAX_ACHIEVEMENTS,
                "emulation.proposal.error.achievements", MAX_ACHIEVEMENTS);
        RuleViolation.require(details.memberCount() == null || details.memberCount() > 0,
                "emulation.proposal.error.members");
        String held = details.position() == null || details.position().isBlank() ? null : details.position().strip();
        RuleViolation.require(held == null || held.length() <= 200, "emulation.proposal.error.position");
        this.nominee = details.nominee();
        this.nomineeName = name;
        this.position = details.nominee() == Nominee.INDIVIDUAL ? held : null;
        this.nomineeUnitId = details.nomineeUnitId().value();
        this.nomineeKey = key(details.nominee(), name, details.nomineeUnitId());
        this.formCode = details.formCode();
        this.achievements = text;
        this.memberCount = details.nominee() == Nominee.COLLECTIVE ? details.memberCount() : null;
        this.disciplined = details.disciplined();
    }

    /** A person by folded name within their unit; a collective by its unit. */
    static String key(Nominee nominee, String name, UnitId unitId) {
        return nominee == Nominee.COLLECTIVE ? "unit:" + unitId.value()
                : TextFolding.ascii(name).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "@" + unitId.value();
    }

    ProposalId id() {
        return ProposalId.of(id);
    }

    CampaignId campaignId() {
        return CampaignId.of(campaignId);
    }

    UnitId proposingUnitId() {
        return UnitId.of(proposingUnitId);
    }

    UnitId nomineeUnitId() {
        return UnitId.of(nomineeUnitId);
    }

    Nominee nominee() {
        return nominee;
    }

    String nomineeKey() {
        return nomineeKey;
    }

    String formCode() {
        return formCode;
    }

    Integer memberCount() {
        return memberCount;
    }

    boolean disciplined() {
        return disciplined;
    }

    ProposalStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    String returned() {
        return returned;
    }

    ProposalDetails details() {
        return new ProposalDetails(campaignId(), nominee, nomineeName, position, nomineeUnitId(), formCode,
                achievements, memberCount, disciplined);
    }
}
