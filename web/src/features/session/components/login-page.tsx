import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import { usePageTitle } from '../../../shared/use-page-title';
import { LanguageSwitch } from '../../../app/language-switch';
import { useSession } from '../session-context';

/** The sign-in form; after sign-in it returns to the page that asked for it, else to the overview. */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (session.status === 'signed-in') return <Navigate to={from} replace />;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      await session.signIn({ email: email.trim(), password });
      navigate(from, { replace: true });
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <div className="login">
      <main id="main" className="login__panel" tabIndex={-1}>
        <div className="login__brand">
          <span className="brand">eyelevel</span>
          <LanguageSwitch />
        </div>
        <h1 className="login__title">{t('login.title')}</h1>
        <p className="login__lead">{t('login.lead')}</p>
        <ErrorSummary error={error ?? session.loadError} />
        <form className="form" onSubmit={handleSubmit} noValidate>
          <TextField
            label={t('login.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextField
            label={t('login.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit" className="button button--primary button--wide" disabled={isBusy}>
            {isBusy ? t('login.signingIn') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
