package org.parallax.model;

/** What kind of participant an actor is. */
public enum ActorKind { PERSON, ARMY, FACTION, STATE, OTHER }
