import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { PLAN_ID } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import type { DocumentDiff, DocumentExport, DocumentVersionDetail } from '../types';
import { DiffView } from './diff-view';
import { ExportButtons } from './export-buttons';
import { VersionView } from './version-view';

const detail: DocumentVersionDetail = {
  version: {
    planId: PLAN_ID,
    number: 2,
    createdAt: '2021-11-02T10:00:00+01:00',
    createdBy: 'ufficio',
    sha256: 'a'.repeat(64),
    frozen: false,
    chapterCount: 2,
  },
  title: 'Piano di Zona 2021-2023 – Ambito Oglio Po',
  subtitle: 'Documento di Piano · 2021-2023',
  chapters: [
    { key: 'introduction', title: 'Introduzione', order: 50, narrative: true, blocks: [{ type: 'PARAGRAPH', text: 'Primo.\n\nSecondo.' }] },
    {
      key: 'context',
      title: 'Il contesto territoriale',
      order: 100,
      narrative: false,
      blocks: [
        { type: 'HEADING', level: 2, text: 'Popolazione per sub-ambito' },
        {
          type: 'TABLE',
          caption: 'Comuni e popolazione',
          columns: ['Sub-ambito', 'Popolazione'],
          rows: [{ cells: ['Casalasco', '38.000'] }],
          source: 'Fonte: ISTAT via Comuni-ITA, dati non ufficiali.',
        },
      ],
    },
  ],
};

describe('VersionView', () => {
  it('shows a table of contents linking to numbered chapters, paragraphs and tables with their source', () => {
    renderWithProviders(<VersionView detail={detail} />);
    const toc = screen.getByRole('navigation', { name: 'Indice' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Introduzione', 'Il contesto territoriale']);
    expect(links[1]).toHaveAttribute('href', '#cap-2-context');
    expect(screen.getByRole('heading', { name: '2. Il contesto territoriale' })).toBeInTheDocument();
    expect(screen.getByText('Secondo.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Comuni e popolazione' })).toHaveTextContent('38.000');
    expect(screen.getByText('Fonte: ISTAT via Comuni-ITA, dati non ufficiali.')).toBeInTheDocument();
  });
});

describe('DiffView', () => {
  it('marks added and removed paragraphs with a sign and a word, and leaves unchanged chapters out', () => {
    const diff: DocumentDiff = {
      from: 1,
      to: 2,
      chapters: [
        { key: 'context', title: 'Il contesto', change: 'UNCHANGED', added: 0, removed: 0, lines: [] },
        {
          key: 'governance',
          title: 'La governance',
          change: 'CHANGED',
          added: 1,
          removed: 1,
          lines: [
            { change: 'UNCHANGED', text: 'Resta.' },
            { change: 'REMOVED', text: 'Vecchio.' },
            { change: 'ADDED', text: 'Nuovo.' },
          ],
        },
      ],
    };
    renderWithProviders(<DiffView diff={diff} />);
    expect(screen.queryByText('Il contesto')).not.toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[1]).toHaveTextContent('−Tolto: Vecchio.');
    expect(items[2]).toHaveTextContent('+Aggiunto: Nuovo.');
    expect(screen.getByText('1 aggiunti, 1 tolti')).toBeInTheDocument();
  });
});

describe('ExportButtons', () => {
  it('starts a job, announces its progress and offers the file when done', async () => {
    const job: DocumentExport = {
      id: 'e1',
      planId: PLAN_ID,
      versionNumber: 2,
      format: 'PDF',
      edition: 'DRAFT',
      status: 'DONE',
      phase: 'DONE',
      percent: 100,
      size: 2048,
      createdAt: '2021-11-02T10:00:00+01:00',
    };
    stubApi(
      { '/api/v1/document-exports/{exportId}': job },
      { 'POST /api/v1/plans/{planId}/document/versions/{number}/exports': (() => ({ ...job, status: 'QUEUED', percent: 0 })) as never },
    );
    renderWithProviders(<ExportButtons planId={PLAN_ID} number={2} />);
    await userEvent.click(screen.getByRole('button', { name: 'Prepara il PDF' }));
    expect(await screen.findByText('PDF pronto (2 KB).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scarica il PDF' })).toBeInTheDocument();
  });
});
