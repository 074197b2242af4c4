package vn.boardflow.document;

import java.util.List;
import vn.boardflow.org.UnitId;

/**
 * A body that issues documents in its own name, and how it writes them.
 *
 * @param parentLine   the line above the body's name in the heading ("UBND THÀNH PHỐ THỦ DẦU MỘT"), or empty
 *                     for a body that heads its documents alone (a provincial People's Committee)
 * @param name         the body's name in the heading ("BAN TỔ CHỨC ĐỀ ÁN ĐOÀN KẾT TẬP HỢP TNCN"), with a line
 *                     break where it is printed on two lines ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH")
 * @param abbreviation the body's part of every symbol ("BTC.ĐACN")
 * @param place        the place in the date line ("Thủ Dầu Một")
 */
public record IssuingBodyView(IssuingBodyId id, UnitId unitId, FormatProfile profile, String parentLine, String name,
                              String abbreviation, String place, NumberingScheme scheme,
                              List<SigningAuthority> signingAuthorities, long version) {

    /**
     * How screens name the body, so that two of one abbreviation (two city boards, each "BTC.ĐACN") are
     * told apart by where they sit: "BTC.ĐACN · Thủ Dầu Một".
     */
    public String label() {
        return abbreviation + " · " + place;
    }

    /** The label with the name, for pickers: "BTC.ĐACN · Thủ Dầu Một — BAN TỔ CHỨC ĐỀ ÁN …". */
    public String fullLabel() {
        return label() + " — " + nameOnOneLine();
    }

    /** The name on one line, as lists and pickers show it. */
    public String nameOnOneLine() {
        return name.replace('\n', ' ');
    }
}
