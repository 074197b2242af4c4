package vn.boardflow.org;

import java.util.Map;

/**
 * The demo organisation has just been loaded into an empty database, so features downstream can add
 * their own demo data in the same transaction.
 *
 * @param wardBoardIds the ward boards by ward name ("Phú Cường"), in the seed's order
 * @param cityUnionCommitteeId the city's Youth Union committee (Thành đoàn), which issues in the Union's format
 * @param provincialBoardId the province's steering committee, to which the city board reports
 */
public record DemoOrganisationLoaded(UnitId cityBoardId, UnitId cityOfficeId, UnitId citySecretariatId,
                                     Map<String, UnitId> wardBoardIds, UnitId cityUnionCommitteeId,
                                     UnitId provincialBoardId) {
}
