package vn.boardflow.shared;

import java.text.NumberFormat;

/** Whole numbers as Vietnamese writes them, thousands separated by a dot: 1.850. */
public final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    public static String grouped(long value) {
        return NumberFormat.getIntegerInstance(Translations.VIETNAMESE).format(value);
    }
}
