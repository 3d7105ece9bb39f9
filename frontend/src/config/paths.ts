/** Every route path of the SPA, with builders for links. */
export const paths = {
  home: { path: '/', href: () => '/' },
  plan: { path: '/plans/:planId', href: (planId: string) => `/plans/${planId}` },
  table: { path: '/tables/:tableId', href: (tableId: string) => `/tables/${tableId}` },
  session: { path: '/sessions/:sessionId', href: (sessionId: string) => `/sessions/${sessionId}` },
  me: { path: '/me', href: () => '/me' },
  mySessions: { path: '/my/sessions', href: () => '/my/sessions' },
  authCallback: { path: '/auth/callback', href: () => '/auth/callback' },
} as const;
