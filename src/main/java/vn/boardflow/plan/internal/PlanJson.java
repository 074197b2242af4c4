package vn.boardflow.plan.internal;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.boardflow.plan.PlanContent;

/**
 * A plan's content as stored with the plan and frozen with each submission. Properties the records no
 * longer have (derived ones such as a recipient's {@code unit} flag) are ignored when read back.
 */
final class PlanJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private PlanJson() {
    }

    static String write(PlanContent content) {
        return JSON.writeValueAsString(content);
    }

    static PlanContent read(String json) {
        return JSON.readValue(json, PlanContent.class);
    }
}
