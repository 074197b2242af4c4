package vn.boardflow.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds users. Searching ignores accents: "nguyen" finds "Nguyễn". */
public interface UserDirectory {

    Optional<UserSummary> find(long userId);

    List<UserSummary> search(String text, int offset, int limit);

    int count(String text);

    /** Full names by user name, for screens that show who did something. */
    Map<String, String> fullNames(Collection<String> usernames);
}
