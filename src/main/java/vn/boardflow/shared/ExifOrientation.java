package vn.boardflow.shared;

import java.nio.charset.StandardCharsets;

/**
 * Reads the orientation tag (0x0112) from a JPEG's EXIF block, the one piece of its metadata worth keeping:
 * without it a photo taken upright on a phone shows on its side.
 */
final class ExifOrientation {

    private static final int UPRIGHT = 1;

    private ExifOrientation() {
    }

    /** @return 1 to 8 as EXIF numbers them; 1 (as stored) when the file says nothing or is not a JPEG */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = u16(jpeg, at + 2, false);
            if (marker == 0xE1 && at + 10 <= jpeg.length && "Exif".equals(new String(jpeg, at + 4, 4,
                    StandardCharsets.US_ASCII))) {
                return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
            }
            if (marker == 0xDA || length < 2) {
                break;
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    private static int fromTiff(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) {
            return UPRIGHT;
        }
        boolean little = bytes[tiff] == 'I';
        int ifd = tiff + (int) u32(bytes, tiff + 4, little);
        if (ifd + 2 > end || ifd < tiff) {
            return UPRIGHT;
        }
        int entries = u16(bytes, ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (u16(bytes, entry, little) == 0x0112) {
                int value = u16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static int u16(byte[] bytes, int at, boolean little) {
        int a = bytes[at] & 0xFF;
        int b = bytes[at + 1] & 0xFF;
        return little ? b << 8 | a : a << 8 | b;
    }

    private static long u32(byte[] bytes, int at, boolean little) {
        long high = u16(bytes, little ? at + 2 : at, little);
        long low = u16(bytes, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
