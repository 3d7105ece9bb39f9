import type { Adhesion, Agreement, KindCount } from './types';

/** One bar of the register's chart: the kind's count and its share of the total, in percent (one decimal). */
export type KindBar = KindCount & { percent: number };

/** The counts by kind as bars, largest first; the shares are of the total of adhering organisations. */
export function kindBars(counts: readonly KindCount[], total: number): KindBar[] {
  return [...counts]
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
    .map((c) => ({ ...c, percent: total > 0 ? Math.round((c.count / total) * 1000) / 10 : 0 }));
}

/**
 * The request the organisation's page shows: the one that is not withdrawn (at most one), else the latest
 * withdrawn one, else none.
 */
export function currentAdhesion(items: readonly Adhesion[]): Adhesion | undefined {
  const active = items.find((a) => a.status !== 'WITHDRAWN');
  if (active) return active;
  return [...items].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0];
}

/** A signatory row of the form: who (a comune by ISTAT code or an organisation, as `m:<code>` / `o:<id>`), when, by whom. */
export type SignatoryRow = { who: string; signedOn: string; signatoryName: string; signatoryRole: string };

export type AgreementFormValues = {
  title: string;
  deliberationReference: string;
  summary: string;
  signedOn: string;
  validFrom: string;
  validTo: string;
  signatories: SignatoryRow[];
};

/** The form's starting values: the stored accordo, or an empty one titled after the plan. */
export function agreementFormValues(agreement: Agreement | null, planTitle: string): AgreementFormValues {
  if (!agreement) {
    return { title: `Accordo di programma – ${planTitle}`, deliberationReference: '', summary: '', signedOn: '', validFrom: '', validTo: '', signatories: [] };
  }
  return {
    title: agreement.title,
    deliberationReference: agreement.deliberationReference ?? '',
    summary: agreement.summary ?? '',
    signedOn: agreement.signedOn ?? '',
    validFrom: agreement.validFrom ?? '',
    validTo: agreement.validTo ?? '',
    signatories: agreement.signatories.map((s) => ({
      who: s.organizationId ? `o:${s.organizationId}` : `m:${s.municipalityIstatCode ?? ''}`,
      signedOn: s.signedOn ?? '',
      signatoryName: s.signatoryName ?? '',
      signatoryRole: s.signatoryRole ?? '',
    })),
  };
}

const blank = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The PUT body from the form's values and the version they were made from (0 for the first). */
export function agreementBody(v: AgreementFormValues, version: number) {
  return {
    title: v.title.trim(),
    deliberationReference: blank(v.deliberationReference),
    summary: blank(v.summary),
    signedOn: blank(v.signedOn),
    validFrom: blank(v.validFrom),
    validTo: blank(v.validTo),
    signatories: v.signatories.map((s) => ({
      organizationId: s.who.startsWith('o:') ? s.who.slice(2) : undefined,
      municipalityIstatCode: s.who.startsWith('m:') ? s.who.slice(2) : undefined,
      signedOn: blank(s.signedOn),
      signatoryName: blank(s.signatoryName),
      signatoryRole: blank(s.signatoryRole),
    })),
    version,
  };
}
