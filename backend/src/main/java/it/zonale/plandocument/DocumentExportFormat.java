package it.zonale.plandocument;

/** The files a version exports to. */
public enum DocumentExportFormat {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

  final String mediaType;
  final String extension;

  DocumentExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }
}
