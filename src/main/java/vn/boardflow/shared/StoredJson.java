package vn.boardflow.shared;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values kept as JSON in a column of their record: a plan's content, a checklist, a round's schedule, a
 * sheet's scores. Properties the records no longer have (derived ones such as a recipient's {@code unit}
 * flag) are ignored when read back, so a stored value outlives a change of its record.
 */
public final class StoredJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private StoredJson() {
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return JSON.readValue(json, type);
    }
}
