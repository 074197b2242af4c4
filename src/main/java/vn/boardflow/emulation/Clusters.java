package vn.boardflow.emulation;

import java.util.List;
import java.util.Optional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.org.UnitId;

/**
 * A body's clusters (cụm thi đua): units grouped for a term of years to sign agreements and score each other, the
 * chair rotating among them from one agreement to the next.
 */
public interface Clusters {

    /** The clusters the user sees: all of the bodies whose secretariat they are of, and their own units'. */
    List<ClusterView> all();

    Optional<ClusterView> find(ClusterId id);

    /** The units a cluster of the body may gather: the units below it. */
    List<Member> candidates(IssuingBodyId bodyId);

    ClusterId create(NewCluster cluster);

    /** @param members in the order the chair rotates in */
    record NewCluster(IssuingBodyId bodyId, String name, int termFrom, int termTo, List<UnitId> members) {

        public NewCluster {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    record Member(UnitId unitId, String name) {
    }

    record ClusterView(ClusterId id, IssuingBodyId bodyId, String bodyLabel, String name, int termFrom, int termTo,
                       List<Member> members) {

        public ClusterView {
            members = List.copyOf(members);
        }

        /** The term as documents write it: "2017 – 2022". */
        public String term() {
            return termFrom == termTo ? String.valueOf(termFrom) : termFrom + " – " + termTo;
        }
    }
}
