package vn.boardflow.document;

/**
 * One way a body signs: the authority line ("TM. BAN TỔ CHỨC", "KT. TRƯỞNG BAN") and the title of the
 * leader who signs under it ("TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), both printed in upper case.
 */
public record SigningAuthority(SigningForm form, String authorityLine, String signerTitle) {
}
