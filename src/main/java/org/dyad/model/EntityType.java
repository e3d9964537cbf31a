package org.dyad.model;

/** Kinds of named entity Dyad keeps: CoreNLP's coarse classes plus its own gazetteer classes. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  COUNTRY,
  NATIONALITY,
  TITLE,
  MISC
}
