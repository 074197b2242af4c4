package vn.boardflow.document;

import java.util.List;
import java.util.Optional;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;

/** The bodies that issue documents, as their records clerks and administrators see them. */
public interface IssuingBodies {

    List<IssuingBodyView> all();

    /** The bodies whose unit one of the signed-in user's roles reaches: whose records they read. */
    List<IssuingBodyView> reachable();

    /** The bodies whose unit the signed-in user's role reaches: where they draft, say, or sign. */
    List<IssuingBodyView> where(Role role);

    Optional<IssuingBodyView> find(IssuingBodyId id);

    IssuingBodyId create(IssuingBodyDetails details);

    /** Refuses when someone changed the body since {@code version} was read. */
    void update(IssuingBodyId id, long version, IssuingBodyDetails details);

    record IssuingBodyDetails(UnitId unitId, FormatProfile profile, String parentLine, String name, String abbreviation,
                              String place, NumberingScheme scheme, List<SigningAuthority> signingAuthorities) {
    }
}
