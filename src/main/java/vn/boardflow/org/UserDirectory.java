package vn.boardflow.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds users. Searching ignores accents: "nguyen" finds "Nguyễn". */
public interface UserDirectory {

    Optional<UserSummary> find(long userId);

    List<UserSummary> search(String text, int offset, int limit);

    int count(String text);

    /** Full names by user name, for screens that show who did something. */
    Map<String, String> fullNames(Collection<String> usernames);

    /**
     * The active users holding the role today in any of the units, and the active users named, for
     * reminders and notices; processes call this from timers, with nobody signed in.
     */
    List<UserSummary> contacts(Role role, Collection<UnitId> unitIds);

    List<UserSummary> contacts(Collection<String> usernames);

    /** The units where each of these users holds a role today, by user name. */
    Map<String, Set<UnitId>> unitsHeld(Collection<String> usernames);
}
