package it.zonale.shared.web;

/** The file formats of an export ({@code ?format=}). */
public enum ExportFormat {
  CSV,
  XLSX
}
