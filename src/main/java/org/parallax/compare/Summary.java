package org.parallax.compare;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parallax.model.Finding;

/** One line counting findings by kind. */
final class Summary {
    private Summary() {
    }

    static String line(FindingsReport report) {
        Map<String, Long> counts = new TreeMap<>(report.findings().stream()
                .collect(Collectors.groupingBy(f -> f.kind().code(), Collectors.counting())));
        if (counts.isEmpty()) {
            return "No findings.";
        }
        return report.findings().size() + " findings: " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ".";
    }

    static long count(FindingsReport report, Finding.Kind kind) {
        return report.findings().stream().filter(f -> f.kind() == kind).count();
    }
}
