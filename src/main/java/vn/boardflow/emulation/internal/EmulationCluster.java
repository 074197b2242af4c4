package vn.boardflow.emulation.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.emulation.ClusterId;
import vn.boardflow.emulation.Clusters.NewCluster;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/** A cluster of a body's units for a term, its members in the order the chair rotates in. */
@Entity
@Table(name = "emulation_cluster")
class EmulationCluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(nullable = false)
    private String name;

    @Column(name = "term_from", nullable = false)
    private int termFrom;

    @Column(name = "term_to", nullable = false)
    private int termTo;

    @ElementCollection
    @CollectionTable(name = "emulation_cluster_member", joinColumns = @JoinColumn(name = "cluster_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_id")
    private List<Long> members = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected EmulationCluster() {
    }

    EmulationCluster(NewCluster cluster, String by, Instant at) {
        String named = cluster.name() == null ? "" : cluster.name().strip();
        RuleViolation.require(!named.isEmpty() && named.length() <= 200, "emulation.cluster.error.name");
        RuleViolation.require(cluster.termFrom() >= 2000 && cluster.termTo() >= cluster.termFrom()
                && cluster.termTo() - cluster.termFrom() <= 10, "emulation.cluster.error.term");
        RuleViolation.require(cluster.members().size() >= 2, "emulation.cluster.error.members");
        RuleViolation.require(new HashSet<>(cluster.members()).size() == cluster.members().size(),
                "emulation.cluster.error.twice");
        this.issuingBodyId = cluster.bodyId().value();
        this.name = named;
        this.termFrom = cluster.termFrom();
        this.termTo = cluster.termTo();
        cluster.members().forEach(member -> members.add(member.value()));
        this.createdBy = by;
        this.createdAt = at;
    }

    ClusterId id() {
        return ClusterId.of(id);
    }

    IssuingBodyId issuingBodyId() {
        return IssuingBodyId.of(issuingBodyId);
    }

    String name() {
        return name;
    }

    int termFrom() {
        return termFrom;
    }

    int termTo() {
        return termTo;
    }

    List<UnitId> members() {
        return members.stream().map(UnitId::of).toList();
    }

    boolean has(UnitId unitId) {
        return members.contains(unitId.value());
    }

    /** The chair after that one: the next member in the rotation, the first after the last. */
    UnitId chairAfter(UnitId previous) {
        int at = previous == null ? -1 : members.indexOf(previous.value());
        return UnitId.of(members.get((at + 1) % members.size()));
    }

    boolean covers(int year) {
        return termFrom <= year && year <= termTo;
    }
}
