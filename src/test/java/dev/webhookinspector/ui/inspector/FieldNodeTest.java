package dev.webhookinspector.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldNodeTest {
    private static final FieldNode.Hints HINTS = new FieldNode.Hints(Set.of("retryPolicy"), Set.of("call.transferred"),
            Set.of("********0YaE"));

    private static List<FieldNode> roots(String json) throws Exception {
        return FieldNode.roots(new ObjectMapper().readTree(json), HINTS);
    }

    @Test
    void typesEveryValueTimestampsWithAnyFractionIncluded() throws Exception {
        List<FieldNode> f = roots("""
                {"created":"2026-03-10T11:30:00.446405Z","plain":"2026-03-10T11:30:00Z","date":"2026-03-10",
                 "url":"https://x.example","n":5,"b":false,"none":null,"secret":"********0YaE","obj":{"a":1},"list":[]}""");

        assertEquals(List.of(FieldNode.Type.TIMESTAMP, FieldNode.Type.TIMESTAMP, FieldNode.Type.TEXT, FieldNode.Type.URL,
                        FieldNode.Type.NUMBER, FieldNode.Type.BOOLEAN, FieldNode.Type.NULL, FieldNode.Type.MASKED,
                        FieldNode.Type.OBJECT, FieldNode.Type.ARRAY),
                f.stream().map(FieldNode::type).toList());
        assertEquals(Instant.parse("2026-03-10T11:30:00.446405Z"), f.get(0).instant());
        assertNull(f.get(2).instant());
        assertEquals("1 field", f.get(8).summary());
        assertEquals("[ ] empty", f.get(9).summary());
    }

    @Test
    void unknownFieldsAndValuesAreMarkedAndChildrenInheritTheMark() throws Exception {
        List<FieldNode> f = roots("{\"events\":[\"call.started\",\"call.transferred\"],\"retryPolicy\":{\"max\":5}}");

        List<FieldNode> events = f.get(0).children(HINTS);
        assertFalse(events.get(0).unknownValue());
        assertTrue(events.get(1).unknownValue());
        assertEquals("events[1]", events.get(1).path());
        assertTrue(f.get(1).unknown());
        FieldNode max = f.get(1).children(HINTS).getFirst();
        assertTrue(max.unknown());
        assertEquals("retryPolicy.max", max.path());
    }

    @Test
    void copyingGivesTheBareTextOrPrettyJsonForContainers() throws Exception {
        List<FieldNode> f = roots("{\"name\":\"Prod\",\"health\":{\"a\":1}}");
        assertEquals("Prod", f.get(0).copyText());
        assertEquals("{\n  \"a\": 1\n}", f.get(1).copyText());
    }
}
