package it.zonale.plandocument;

/** The kinds of block of a chapter. */
public enum DocumentBlockType {
  HEADING,
  PARAGRAPH,
  BULLET_LIST,
  NUMBERED_LIST,
  TABLE
}
