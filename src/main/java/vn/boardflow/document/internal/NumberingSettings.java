package vn.boardflow.document.internal;

import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.NumberingScheme;

/** What numbering needs of an issuing body, read without its heading lines and signatures. */
record NumberingSettings(long bodyId, long unitId, FormatProfile profile, String abbreviation, NumberingScheme scheme) {
}
