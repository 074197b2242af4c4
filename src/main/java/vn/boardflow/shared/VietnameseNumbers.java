package vn.boardflow.shared;

import java.text.NumberFormat;

/** Whole numbers as Vietnamese writes them, thousands separated by a dot: 1.850. */
public final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    public static String grouped(long value) {
        return NumberFormat.getIntegerInstance(Translations.VIETNAMESE).format(value);
    }

    /** 1 → "I", 4 → "IV", 12 → "XII": parts and phụ lục are numbered so. */
    public static String roman(int value) {
        if (value < 1 || value > 3999) {
            throw new IllegalArgumentException("no Roman numeral for " + value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int left = value;
        for (int i = 0; i < values.length; i++) {
            for (; left >= values[i]; left -= values[i]) {
                roman.append(numerals[i]);
            }
        }
        return roman.toString();
    }
}
