package vn.boardflow.inspection.internal;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Checklists and schedules as stored with their template and round. */
final class InspectionJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private InspectionJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }

    static <T> T read(String json, TypeReference<T> type) {
        return JSON.readValue(json, type);
    }
}
