package vn.boardflow.org;

/**
 * The demo organisation has just been loaded into an empty database, so features downstream can add
 * their own demo data in the same transaction.
 */
public record DemoOrganisationLoaded(long cityBoardId, long cityOfficeId, long citySecretariatId) {
}
