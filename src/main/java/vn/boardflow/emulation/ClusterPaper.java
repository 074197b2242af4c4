package vn.boardflow.emulation;

/** The two papers of a cluster's agreement on the document route: the agreement signed, the meeting's minutes. */
public enum ClusterPaper {
    /** Bản giao ước thi đua: the criteria, each member's commitments, a signature line per member. */
    AGREEMENT("cluster-agreement"),
    /** Biên bản họp cụm: the meeting that ranked the members, with the ranking table. */
    MINUTES("cluster-minutes");

    private final String feature;

    ClusterPaper(String feature) {
        this.feature = feature;
    }

    /** The name its drafts' origin carries on the document route. */
    public String feature() {
        return feature;
    }

    public String messageKey() {
        return "emulation.paper." + name();
    }
}
