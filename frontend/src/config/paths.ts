/** Every route path of the SPA, with builders for links. */
export const paths = {
  home: { path: '/', href: () => '/' },
  plan: { path: '/plans/:planId', href: (planId: string) => `/plans/${planId}` },
  planNew: { path: '/plans/new', href: () => '/plans/new' },
  planManage: { path: '/plans/:planId/manage', href: (planId: string) => `/plans/${planId}/manage` },
  tableNew: { path: '/plans/:planId/tables/new', href: (planId: string) => `/plans/${planId}/tables/new` },
  tableEdit: { path: '/tables/:tableId/edit', href: (tableId: string) => `/tables/${tableId}/edit` },
  sessionNew: { path: '/plans/:planId/sessions/new', href: (planId: string) => `/plans/${planId}/sessions/new` },
  sessionAttendance: { path: '/sessions/:sessionId/attendance', href: (sessionId: string) => `/sessions/${sessionId}/attendance` },
  sessionEdit: { path: '/sessions/:sessionId/edit', href: (sessionId: string) => `/sessions/${sessionId}/edit` },
  myOrganization: { path: '/my/organization', href: () => '/my/organization' },
  table: { path: '/tables/:tableId', href: (tableId: string) => `/tables/${tableId}` },
  session: { path: '/sessions/:sessionId', href: (sessionId: string) => `/sessions/${sessionId}` },
  me: { path: '/me', href: () => '/me' },
  mySessions: { path: '/my/sessions', href: () => '/my/sessions' },
  authCallback: { path: '/auth/callback', href: () => '/auth/callback' },
} as const;
