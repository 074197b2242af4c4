package vn.boardflow.document.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.json.JsonMapper;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentContent.Block;

/**
 * A document's content as stored with the issued document, so its Word file can be rendered again exactly
 * as issued. The body's blocks carry their kind by name.
 */
final class ContentJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(DocumentContent.Part.class), @JsonSubTypes.Type(DocumentContent.Section.class),
            @JsonSubTypes.Type(DocumentContent.Point.class), @JsonSubTypes.Type(DocumentContent.Bullet.class),
            @JsonSubTypes.Type(DocumentContent.Paragraph.class), @JsonSubTypes.Type(DocumentContent.Table.class),
            @JsonSubTypes.Type(DocumentContent.Heading.class), @JsonSubTypes.Type(DocumentContent.Article.class)})
    private interface BlockKinds {
    }

    private static final JsonMapper JSON = JsonMapper.builder().addMixIn(Block.class, BlockKinds.class).build();

    private ContentJson() {
    }

    static String write(DocumentContent content) {
        return JSON.writeValueAsString(content);
    }

    static DocumentContent read(String json) {
        return JSON.readValue(json, DocumentContent.class);
    }
}
