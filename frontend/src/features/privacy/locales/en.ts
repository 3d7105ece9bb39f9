import type { Messages } from './it';

/**
 * English text of the privacy feature (`privacy.…` keys): the privacy notice template (art. 13 GDPR) and the
 * "My data" download.
 */
export const en: Messages = {
  notice: {
    link: 'Privacy notice',
    kicker: 'Personal data protection',
    title: 'Privacy notice',
    subtitle: 'under article 13 of Regulation (EU) 2016/679 (GDPR)',
    template: 'A template for the data controller to complete: replace the [bracketed] parts before publishing it.',
    controllerTitle: '1. Data controller',
    controller:
      'The controller is the lead body of the ambito [name of the lead body: consortium, azienda speciale or lead comune], at [address], certified e-mail (PEC) [address], which runs the Piano di Zona for the Assemblea dei Sindaci. Each ambito using Zonale is the controller of its own plan’s data.',
    dpoTitle: '2. Data protection officer (DPO)',
    dpo: 'The data protection officer is [name or company], reachable at [e-mail address] or [PEC].',
    purposesTitle: '3. Purposes and legal basis',
    purposes:
      'Data is processed for local social planning: the tables, registration and attendance at the meetings, minutes, expressions of interest, istanze, the needs survey, the plan’s approval and the accordo di programma (art. 19 of law 328/2000; [regional law, e.g. Lombardy’s L.R. 3/2008]). The legal basis is a task carried out in the public interest (GDPR art. 6(1)(e)) and, for keeping the records, legal obligations (art. 6(1)(c)). Service e-mails (confirmations, reminders) serve the same purpose.',
    dataTitle: '4. Which data',
    data: 'Name, e-mail and role of the people the organisations name; their registrations and attendance; their name in the minutes; for those who sign in, the username and account identifier (also through SPID or CIE) and the log of their operations (audit). Zonale processes no special categories of data (art. 9): the needs survey collects answers of organisations, not of people.',
    recipientsTitle: '5. Recipients',
    recipients:
      'Data is processed by the authorised staff of the Ufficio di Piano and, for their part, by the participating organisations; by the provider hosting the service, appointed processor (art. 28): [provider’s name and where the servers are]. Only public records and aggregate figures are published; the open data holds no personal data. No transfer outside the European Union [to be confirmed].',
    retentionTitle: '6. How long',
    retention: 'Data is kept as Zonale’s retention policy says, applied every day by an automatic job:',
    retentionAudit: 'operations log (audit): {{years}} years, then deleted;',
    retentionPeople: 'people named by the organisations: while they take part; after {{years}} years without registrations they are replaced by a pseudonym;',
    retentionMails: 'service e-mails sent: 90 days;',
    retentionRecord:
      'minutes, attendance and the plan’s records: kept as administrative records, with a pseudonym in place of the name of whoever asked to be erased.',
    rightsTitle: '7. Your rights',
    rights:
      'You may ask for access to your data, rectification, erasure, restriction and portability, and object to the processing (GDPR arts. 15–22), by writing to [address of the Ufficio di Piano] or to the DPO. If you have a Zonale login you can download your data as JSON right away with the “My data” button on your profile page. Erasure replaces your name with a pseudonym and removes your e-mail everywhere, but keeps the counts and the records already approved, which the body must keep (art. 17(3)(b) and (e)). You have the right to lodge a complaint with the Italian supervisory authority, the Garante per la protezione dei dati personali (www.garanteprivacy.it).',
    provisionTitle: '8. Providing the data',
    provision:
      'Name and e-mail are needed to take part in tables and meetings and to receive the notices; without them the organisation cannot register the person. There are no decisions based solely on automated processing.',
    updated: 'Last updated: [date].',
  },
  myData: {
    title: 'My data',
    intro: 'Download as JSON everything Zonale keeps about you: account, registrations and attendance, logged operations, e-mails sent.',
    download: 'Download my data',
    downloading: 'Preparing the file…',
    notice: 'Read the privacy notice',
  },
};
