package vn.boardflow.org;

import java.time.LocalDate;
import java.util.List;

/**
 * Out-of-office cover: a user names a substitute for a period; the substitute sees and acts on the
 * user's tasks, and the audit records that they acted for the user.
 */
public interface Substitutions {

    long name(NameSubstitute command);

    void cancel(long substitutionId);

    /** Who covers for the user, and for whom the user covers. */
    List<SubstitutionView> involving(long userId);

    record NameSubstitute(long userId, long substituteId, LocalDate validFrom, LocalDate validTo, String note) {
    }

    record SubstitutionView(long id, long userId, String userName, long substituteId, String substituteName,
                            LocalDate validFrom, LocalDate validTo, String note) {
    }
}
