package vn.boardflow.inspection.internal;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.inspection.InspectionMode;

/** One ward's inspection in a round: its team (who alone may fill its checklist), day and mode. */
@Entity
@Table(name = "ward_inspection")
class WardInspection {

    enum Status { SCHEDULED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "ward_id", nullable = false, updatable = false)
    private long wardId;

    @Column(name = "team_name", nullable = false)
    private String teamName;

    @Column(name = "team_head", nullable = false)
    private String teamHead;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ward_inspector", joinColumns = @JoinColumn(name = "ward_inspection_id"))
    @OrderColumn(name = "position")
    @Column(name = "username")
    private List<String> inspectors = new ArrayList<>();

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Version
    private long version;

    protected WardInspection() {
    }

    WardInspection(long roundId, long wardId, String teamName, String teamHead, List<String> inspectors,
                   LocalDate visitDate, InspectionMode mode) {
        this.roundId = roundId;
        this.wardId = wardId;
        this.teamName = teamName;
        this.teamHead = teamHead;
        this.inspectors = new ArrayList<>(inspectors);
        this.visitDate = visitDate;
        this.mode = mode == null ? InspectionMode.ON_SITE : mode;
        this.status = Status.SCHEDULED;
    }

    long wardId() {
        return wardId;
    }

    String teamHead() {
        return teamHead;
    }

    List<String> inspectors() {
        return List.copyOf(inspectors);
    }

    LocalDate visitDate() {
        return visitDate;
    }
}
