package vn.boardflow.org;

import java.util.List;
import java.util.Optional;

/** Who is signed in, and whose work they may do today. */
public interface CurrentUser {

    Optional<Actor> find();

    /** The signed-in actor; refuses when nobody is signed in. */
    Actor actor();

    /** The user themselves first, then everyone they substitute for today, with the roles each holds today. */
    List<ActingIdentity> actingIdentities();
}
