package org.parallax.model;

/** Whether an event is told as having happened, or only as planned or attempted. */
public enum Modality { ASSERTED, PLANNED, ATTEMPTED }
