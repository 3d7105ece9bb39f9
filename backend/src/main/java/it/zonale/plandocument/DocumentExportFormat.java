package it.zonale.plandocument;

/** The files a version exports to. */
public enum DocumentExportFormat {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  /** OpenDocument text, the open format Italian public bodies must accept. */
  ODT(ReportOdt.MIMETYPE, "odt");

  final String mediaType;
  final String extension;

  DocumentExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }
}
