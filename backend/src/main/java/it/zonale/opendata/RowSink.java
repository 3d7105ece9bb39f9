package it.zonale.opendata;

import java.time.OffsetDateTime;

/** Receives the rows of a dataset one at a time, so no dataset is ever held whole in memory. */
interface RowSink {
  /** One row, values in the order of the dataset's columns. */
  void row(Object... values);

  /** A time the data changed; the latest one becomes the dataset's Last-Modified. */
  default void modified(OffsetDateTime at) {}
}
