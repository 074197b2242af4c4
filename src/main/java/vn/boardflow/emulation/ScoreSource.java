package vn.boardflow.emulation;

/**
 * Where a criterion's score comes from: the system's own data where it knows the answer, else the units' scores
 * (the unit's own with evidence, then the other members', then the chair's adjustment).
 */
public enum ScoreSource {
    /** Scored by the units and the chair. */
    MANUAL,
    /** The mean share of the unit's allocated targets reached at the pace of the span, from its monthly reports. */
    TARGETS,
    /** Its reports due in the span sent on time, out of those due. */
    TIMELINESS,
    /** Its inspection total of the agreement's round, out of the checklist's maximum. */
    INSPECTION,
    /** The remedial tasks of that round put right by their deadline, out of those due. */
    REMEDIES;

    public boolean automatic() {
        return this != MANUAL;
    }

    public String messageKey() {
        return "emulation.source." + name();
    }
}
