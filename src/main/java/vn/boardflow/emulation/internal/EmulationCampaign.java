package vn.boardflow.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.Campaigns.NewCampaign;
import vn.boardflow.shared.RuleViolation;

/** A campaign of a body: its name, the days it runs and what it asks of the units. */
@Entity
@Table(name = "emulation_campaign")
class EmulationCampaign {

    static final int MAX_GOALS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(nullable = false)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String goals;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected EmulationCampaign() {
    }

    EmulationCampaign(NewCampaign campaign, String by, Instant at) {
        String named = campaign.name() == null ? "" : campaign.name().strip();
        RuleViolation.require(!named.isEmpty() && named.length() <= 300, "emulation.campaign.error.name");
        RuleViolation.require(campaign.startsOn() != null && campaign.endsOn() != null
                && !campaign.endsOn().isBefore(campaign.startsOn()), "emulation.campaign.error.span");
        String goalsText = campaign.goals() == null ? "" : campaign.goals().strip();
        RuleViolation.require(goalsText.length() <= MAX_GOALS, "emulation.campaign.error.goals", MAX_GOALS);
        this.issuingBodyId = campaign.bodyId().value();
        this.name = named;
        this.startsOn = campaign.startsOn();
        this.endsOn = campaign.endsOn();
        this.goals = goalsText;
        this.createdBy = by;
        this.createdAt = at;
    }

    CampaignId id() {
        return CampaignId.of(id);
    }

    IssuingBodyId issuingBodyId() {
        return IssuingBodyId.of(issuingBodyId);
    }

    String name() {
        return name;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    String goals() {
        return goals;
    }

    /** Whether the year is one the campaign runs in, so that an agreement of it may score that year. */
    boolean runsIn(int year) {
        return startsOn.getYear() <= year && year <= endsOn.getYear();
    }
}
