import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { completeLogin } from '../../../lib/auth';

/** Completes the Keycloak redirect (code + PKCE) and goes back where the user was. */
export default function AuthCallbackRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    // why: StrictMode runs effects twice in development; the code can be exchanged only once
    if (started.current) return;
    started.current = true;
    completeLogin()
      .then((to) => navigate(to, { replace: true }))
      .catch(() => setFailed(true));
  }, [navigate]);
  return (
    <>
      <h1>{t('auth.callbackTitle')}</h1>
      {failed ? <p role="alert">{t('auth.failed')}</p> : <Loading />}
    </>
  );
}
