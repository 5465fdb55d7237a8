package org.nianbao.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void plainFindingHasNoRelatedOrSuspectsButKeepsEmptyReferences() {
        JsonNode n = MAPPER.valueToTree(new Finding("R-1", Severity.ERROR, "t", "m", List.of(), null, null, null));
        assertThat(n.has("related")).isFalse();
        assertThat(n.has("suspects")).isFalse();
        assertThat(n.get("references").isArray()).isTrue();
    }

    @Test
    void relatedAndSuspectsAreWritten() {
        Finding f = new Finding("R-1", Severity.ERROR, "t", "m", List.of("x"), null, "1", "3")
                .withRelated(new Finding.Related("a.txt", "某局", 2022))
                .withSuspects(List.of(new Finding.Suspect("applications", "granted", "natural_person", 3.0, 1.0)));
        JsonNode n = MAPPER.valueToTree(f.withSeverity(Severity.WARNING));
        assertThat(n.at("/related/file").asText()).isEqualTo("a.txt");
        assertThat(n.at("/related/year").asInt()).isEqualTo(2022);
        assertThat(n.at("/suspects/0/row").asText()).isEqualTo("granted");
        assertThat(n.at("/suspects/0/expected").asDouble()).isEqualTo(1.0);
    }
}
