package org.parallax.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Claim;
import org.parallax.model.Finding;

/** The report as the JSON of the product contract: {@code {"editions":[{doc,lang}],"findings":[{kind,facet,subject,confidence,claims}]}}. */
final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    static String render(FindingsReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> editions = new ArrayList<>();
        report.editions().forEach(e -> {
            // A map with a fixed key order: Map.of iterates in an order that changes from run to run.
            Map<String, Object> edition = new LinkedHashMap<>();
            edition.put("doc", e.doc());
            edition.put("lang", e.lang());
            editions.add(edition);
        });
        root.put("editions", editions);
        List<Object> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", f.kind().code());
            row.put("facet", f.facet());
            row.put("subject", f.subject());
            row.put("confidence", f.confidence());
            List<Object> claims = new ArrayList<>();
            for (Claim c : f.claims()) {
                Map<String, Object> claim = new LinkedHashMap<>();
                claim.put("doc", c.docId());
                claim.put("lang", c.language().code());
                claim.put("value", c.value());
                claim.put("text", c.text());
                claim.put("span", List.of(c.span().start(), c.span().end()));
                claims.add(claim);
            }
            row.put("claims", claims);
            findings.add(row);
        }
        root.put("findings", findings);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
