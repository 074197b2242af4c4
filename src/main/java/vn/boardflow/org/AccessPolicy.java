package vn.boardflow.org;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where the signed-in user may act. A role reaches the unit it is held in; a secretariat or office
 * membership reaches the body it serves; leaders, administrators and secretariats also reach every
 * unit below. Services call this on the server for every command, whatever the screen showed.
 * Registered as the bean {@code access} for {@code @PreAuthorize} expressions.
 */
public interface AccessPolicy {

    /** The units, open today, where the user may act in this role. */
    Set<UnitId> unitsWhere(Role role);

    boolean can(Role role, UnitId unitId);

    /**
     * The units the user belongs to today, with the body a secretariat or office serves, but not the
     * units below them: whose incoming documents the user reads.
     */
    Set<UnitId> ownUnits();

    /** Whether any of the user's roles reaches the unit. */
    boolean canActIn(UnitId unitId);

    /** For {@code @PreAuthorize("@access.has('ADMIN', #unitId)")}. */
    boolean has(String role, UnitId unitId);

    /** Administers the unit; {@code null} asks about creating a new top-level unit. */
    boolean canAdminister(UnitId unitId);

    /** Refuses unless the signed-in user is {@code userId} or administers some unit. */
    void requireSelfOrAdministrator(long userId);

    /** Refuses unless the user holds {@code role} where it reaches the unit: the check of every command. */
    void requireActsIn(Role role, UnitId unitId);

    /** Refuses unless one of the user's roles reaches the unit: the check of every read. */
    void requireActsIn(UnitId unitId);

    /** Refuses unless the user administers the unit ({@code null}: may create a top-level unit). */
    void requireAdministers(UnitId unitId);

    /**
     * Refuses unless {@code allowed}, for the checks a feature makes of its own records (a ward's team,
     * the uploader of a file). Every refusal is the same exception, which screens show as "not allowed".
     */
    static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("access.denied");
        }
    }
}
