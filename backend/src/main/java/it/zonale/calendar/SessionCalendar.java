package it.zonale.calendar;

import it.zonale.session.SessionDetail;
import java.util.List;

/**
 * What a calendar feed shows: its name (X-WR-CALNAME) and its sessions, one event each. {@link
 * IcsResponses} turns it into the .ics answer.
 */
record SessionCalendar(String title, List<SessionDetail> sessions) {}
