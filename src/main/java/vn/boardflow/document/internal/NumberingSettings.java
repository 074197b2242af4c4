package vn.boardflow.document.internal;

import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.org.UnitId;

/** What numbering needs of an issuing body, read without its heading lines and signatures. */
record NumberingSettings(long bodyId, UnitId unitId, FormatProfile profile, String abbreviation,
                         NumberingScheme scheme) {

    /** As the query selects it, column by column. */
    NumberingSettings(long bodyId, long unitId, FormatProfile profile, String abbreviation, NumberingScheme scheme) {
        this(bodyId, UnitId.of(unitId), profile, abbreviation, scheme);
    }
}
