package org.parallax.model;

import java.util.Locale;

/** The kinds of occurrence Parallax reports. */
public enum EventType {
    BATTLE, SIEGE, CAPTURE, SURRENDER, RETREAT, EVACUATION, LANDING, EXECUTION, DEATH, DEFECTION,
    PROCLAMATION, DECREE, TREATY, RECOGNITION, ELECTION, APPOINTMENT, ARRIVAL, DEPARTURE, NEGOTIATION,
    LOAN, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
