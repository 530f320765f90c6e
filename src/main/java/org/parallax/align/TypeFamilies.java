package org.parallax.align;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.EventType;

/** The families of event types that may tell one occurrence, read from {@code align/type-families.txt}. */
public final class TypeFamilies {
    private static final TypeFamilies BUNDLED = load();
    private final Map<EventType, Set<String>> families = new EnumMap<>(EventType.class);

    static TypeFamilies bundled() {
        return BUNDLED;
    }

    private static TypeFamilies load() {
        TypeFamilies t = new TypeFamilies();
        NamedLists.read("/align/type-families.txt").forEach((family, types) -> types.forEach(type ->
                t.families.computeIfAbsent(EventType.valueOf(type.toUpperCase(Locale.ROOT)), k -> new HashSet<>()).add(family)));
        return t;
    }

    /** Every family, and one more name. */
    Set<String> withAll(String name) {
        Set<String> out = new HashSet<>();
        families.values().forEach(out::addAll);
        out.add(name);
        return out;
    }

    /** The families of a type; a type listed nowhere forms a family of its own. */
    Set<String> of(EventType type) {
        return families.getOrDefault(type, Set.of(type.code()));
    }

    /** Whether two types may tell one occurrence: the same type, or types of one family. */
    public static boolean related(EventType a, EventType b) {
        return a == b || BUNDLED.of(a).stream().anyMatch(BUNDLED.of(b)::contains);
    }

    /** 1 for the same type, 0.6 for types of one family, 0 otherwise. */
    static double similarity(EventType a, EventType b, Set<String> fa, Set<String> fb) {
        if (a == b) {
            return 1.0;
        }
        return fa.stream().anyMatch(fb::contains) ? 0.6 : 0.0;
    }
}
