// Runtime settings of the SPA. Empty here: `npm run dev` and a plain build use the VITE_* build-time
// values (src/config/env.ts). The container image (Dockerfile) serves its own /config.js, written at
// start from ZONALE_API_URL, ZONALE_OIDC_AUTHORITY and ZONALE_OIDC_CLIENT_ID.
window.__ZONALE_CONFIG__ = window.__ZONALE_CONFIG__ || {};
