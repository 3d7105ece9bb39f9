import type { components } from '../../lib/api/schema';

export type DocumentSection = components['schemas']['DocumentSection'];
export type DocumentSectionCreate = components['schemas']['DocumentSectionCreate'];
export type DocumentSectionUpdate = components['schemas']['DocumentSectionUpdate'];
export type DocumentVersion = components['schemas']['DocumentVersion'];
export type DocumentVersionDetail = components['schemas']['DocumentVersionDetail'];
export type DocumentChapter = components['schemas']['DocumentChapter'];
export type DocumentBlock = components['schemas']['DocumentBlock'];
export type DocumentDiff = components['schemas']['DocumentDiff'];
export type DocumentChapterDiff = components['schemas']['DocumentChapterDiff'];
export type DocumentComment = components['schemas']['DocumentComment'];
export type DocumentExport = components['schemas']['DocumentExport'];
export type DocumentExportFormat = components['schemas']['DocumentExportFormat'];
