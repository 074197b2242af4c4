package vn.boardflow.document;

import java.util.List;

/**
 * A body that issues documents in its own name, and how it writes them.
 *
 * @param parentLine   the line above the body's name in the heading ("UBND THÀNH PHỐ THỦ DẦU MỘT")
 * @param name         the body's name in the heading ("BAN TỔ CHỨC ĐỀ ÁN ĐOÀN KẾT TẬP HỢP TNCN")
 * @param abbreviation the body's part of every symbol ("BTC.ĐACN")
 * @param place        the place in the date line ("Thủ Dầu Một")
 */
public record IssuingBodyView(long id, long unitId, FormatProfile profile, String parentLine, String name,
                              String abbreviation, String place, NumberingScheme scheme,
                              List<SigningAuthority> signingAuthorities, long version) {
}
