package vn.boardflow.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.boardflow.plan.Indicators.IndicatorDetails;
import vn.boardflow.plan.Indicators.IndicatorView;
import vn.boardflow.shared.RuleViolation;

/** An indicator of the catalogue: its name and unit of measure, and whether wards take shares of it. */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "unit_of_measure", nullable = false)
    private String unitOfMeasure;

    @Column(nullable = false)
    private boolean allocated;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Indicator() {
    }

    Indicator(IndicatorDetails details, int position) {
        apply(details);
        this.position = position;
    }

    void apply(IndicatorDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new RuleViolation("indicator.error.nameRequired");
        }
        if (details.name().strip().length() > 300) {
            throw new RuleViolation("indicator.error.nameTooLong", 300);
        }
        if (details.unitOfMeasure() == null || details.unitOfMeasure().isBlank()) {
            throw new RuleViolation("indicator.error.unitRequired");
        }
        if (details.unitOfMeasure().strip().length() > 60) {
            throw new RuleViolation("indicator.error.unitTooLong", 60);
        }
        this.name = details.name().strip();
        this.unitOfMeasure = details.unitOfMeasure().strip();
        this.allocated = details.allocated();
        this.active = details.active();
    }

    long version() {
        return version;
    }

    IndicatorView view() {
        return new IndicatorView(id, name, unitOfMeasure, allocated, active, position, version);
    }
}
