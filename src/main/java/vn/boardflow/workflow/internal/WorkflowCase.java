package vn.boardflow.workflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/** What a process instance is about: its subject and unit, for the inbox and the audit log. */
@Entity
@Table(name = "workflow_case")
class WorkflowCase {

    static final int MAX_SUBJECT_LENGTH = 500;

    @Id
    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "process_key", nullable = false, updatable = false)
    private String processKey;

    @Column(name = "business_key", updatable = false)
    private String businessKey;

    @Column(nullable = false)
    private String subject;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    protected WorkflowCase() {
    }

    WorkflowCase(String processInstanceId, String processKey, String businessKey, String subject, UnitId unitId,
                 String startedBy, Instant startedAt) {
        this.processInstanceId = processInstanceId;
        this.processKey = processKey;
        this.businessKey = businessKey;
        this.subject = checkedSubject(subject);
        this.unitId = unitId.value();
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    static String checkedSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new RuleViolation("workflow.error.subjectRequired");
        }
        if (subject.strip().length() > MAX_SUBJECT_LENGTH) {
            throw new RuleViolation("workflow.error.subjectTooLong", MAX_SUBJECT_LENGTH);
        }
        return subject.strip();
    }

    void retitle(String subject) {
        this.subject = checkedSubject(subject);
    }

    String processInstanceId() {
        return processInstanceId;
    }

    String subject() {
        return subject;
    }

    UnitId unitId() {
        return UnitId.of(unitId);
    }
}
