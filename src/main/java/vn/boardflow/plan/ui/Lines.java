package vn.boardflow.plan.ui;

import java.util.Arrays;
import java.util.List;

/** Text areas that hold one item per line: blank lines and the spaces around items do not count. */
final class Lines {

    private Lines() {
    }

    static List<String> of(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
