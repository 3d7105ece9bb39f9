import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { participants, registration, registrationPage, SESSION_ID } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { RegistrationCard } from './registration-card';

function requests(stub: ReturnType<typeof stubApi>, method: string) {
  return stub.mock.calls.map(([input]) => input as Request).filter((r) => r.method === method);
}

describe('RegistrationCard', () => {
  it('lists the organisation’s participants with their registration state', async () => {
    stubApi({
      '/api/v1/participants': participants,
      '/api/v1/sessions/{sessionId}/participants': registrationPage([registration('pa1', 'Giulia Ferrari'), registration('pa2', 'Marco Bianchi', 'CANCELLED')]),
    });
    renderWithProviders(<RegistrationCard sessionId={SESSION_ID} userId="u1" />);
    expect(await screen.findByRole('button', { name: 'Annulla l’iscrizione di Giulia Ferrari' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Iscrivi Marco Bianchi' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Registrazione' })).toBeInTheDocument();
  });

  it('registers a participant, refreshes the state and announces it', async () => {
    let registered = false;
    const stub = stubApi(
      {
        '/api/v1/participants': participants,
        '/api/v1/sessions/{sessionId}/participants': () => registrationPage(registered ? [registration('pa2', 'Marco Bianchi')] : []),
      },
      {
        'POST /api/v1/sessions/{sessionId}/participants': () => {
          registered = true;
          return registration('pa2', 'Marco Bianchi');
        },
      },
    );
    renderWithProviders(<RegistrationCard sessionId={SESSION_ID} userId="u1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Iscrivi Marco Bianchi' }));

    // the same button flips its label, so the keyboard focus stays on it
    expect(await screen.findByRole('button', { name: 'Annulla l’iscrizione di Marco Bianchi' })).toHaveFocus();
    expect(within(screen.getByRole('status')).getByText('Iscrizione confermata: Marco Bianchi.')).toBeInTheDocument();
    const [post] = requests(stub, 'POST');
    expect(new URL(post!.url).pathname).toBe(`/api/v1/sessions/${SESSION_ID}/participants`);
    expect(await post!.json()).toEqual({ participantId: 'pa2' });
  });

  it('on a full session puts the person on the waiting list and says where', async () => {
    let waiting = false;
    const full = [registration('x1', 'Altra Persona')];
    stubApi(
      {
        '/api/v1/participants': participants,
        '/api/v1/sessions/{sessionId}/participants': () =>
          registrationPage(waiting ? [...full, { ...registration('pa2', 'Marco Bianchi', 'WAITLISTED'), waitlistPosition: 1 }] : full, 1),
      },
      {
        'POST /api/v1/sessions/{sessionId}/participants': () => {
          waiting = true;
          return { ...registration('pa2', 'Marco Bianchi', 'WAITLISTED'), waitlistPosition: 1 };
        },
      },
    );
    renderWithProviders(<RegistrationCard sessionId={SESSION_ID} userId="u1" />);
    expect(await screen.findByTestId('registration-seats')).toHaveTextContent('Posti occupati: 1 su 1.');
    await userEvent.click(await screen.findByRole('button', { name: 'Iscrivi Marco Bianchi' }));

    expect(await within(screen.getByRole('status')).findByText(/Marco Bianchi è in lista d’attesa, posizione 1/)).toBeInTheDocument();
    const row = (await screen.findByRole('button', { name: 'Annulla l’iscrizione di Marco Bianchi' })).closest('li')!;
    expect(within(row).getByText('In lista d’attesa (n. 1)')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('registration-seats')).toHaveTextContent('1 persona in lista d’attesa.'));
  });

  it('cancels a registration, refreshes the state and announces it', async () => {
    let registered = true;
    const stub = stubApi(
      {
        '/api/v1/participants': participants,
        '/api/v1/sessions/{sessionId}/participants': () => registrationPage([registration('pa1', 'Giulia Ferrari', registered ? 'REGISTERED' : 'CANCELLED')]),
      },
      {
        'DELETE /api/v1/sessions/{sessionId}/participants/{participantId}': () => {
          registered = false;
          return null;
        },
      },
    );
    renderWithProviders(<RegistrationCard sessionId={SESSION_ID} userId="u1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Annulla l’iscrizione di Giulia Ferrari' }));

    expect(await screen.findByRole('button', { name: 'Iscrivi Giulia Ferrari' })).toBeInTheDocument();
    expect(within(screen.getByRole('status')).getByText('Iscrizione di Giulia Ferrari annullata.')).toBeInTheDocument();
    const [del] = requests(stub, 'DELETE');
    expect(new URL(del!.url).pathname).toBe(`/api/v1/sessions/${SESSION_ID}/participants/pa1`);
  });

  it('shows a problem by its type, never its detail', async () => {
    stubApi(
      {
        '/api/v1/participants': participants,
        '/api/v1/sessions/{sessionId}/participants': registrationPage([]),
      },
      {
        'POST /api/v1/sessions/{sessionId}/participants': {
          problem: { type: 'urn:zonale:problem:session-not-open', title: 'Unprocessable', status: 422, detail: 'raw detail text' },
        },
      },
    );
    renderWithProviders(<RegistrationCard sessionId={SESSION_ID} userId="u1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Iscrivi Giulia Ferrari' }));

    expect(await screen.findByText('Le iscrizioni a questo incontro non sono aperte.')).toBeInTheDocument();
    expect(screen.queryByText(/raw detail text/)).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Iscrivi Giulia Ferrari' })).toBeEnabled());
  });
});
