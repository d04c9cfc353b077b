import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import type { EntryView } from '../api/types';
import { LoginForm, SessionBar } from '../auth/LoginForm';
import { sessionWithRole, useSession } from '../auth/session';
import { ErrorNotice } from '../components/AsyncState';
import { useApi } from '../components/useApi';
import { MyAchievements } from './Achievements';
import { EntryForm } from './EntryForm';
import { EntryStatus } from './EntryStatus';
import { MyResult } from './MyResult';
import { SignUpForm } from './SignUpForm';

/** /register — phone first: an account, the entry form, then the entry's status and, once drawn, one's result and appeals. */
export default function RegisterPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [tab, setTab] = useState<'signup' | 'login'>('signup');

  const contestant = sessionWithRole(session, ['contestant']);
  if (!contestant) {
    return (
      <main className="page register">
        <h1>{t('register.title')}</h1>
        <p className="lead">{t('register.lead')}</p>
        {session ? <SessionBar name={session.user.displayName} role={session.user.role} /> : null}
        <div className="tabs" role="tablist" aria-label={t('register.accountTabs')}>
          <button
            type="button"
            role="tab"
            id="tab-signup"
            aria-selected={tab === 'signup'}
            aria-controls="panel-account"
            onClick={() => setTab('signup')}
          >
            {t('register.signUpTab')}
          </button>
          <button
            type="button"
            role="tab"
            id="tab-login"
            aria-selected={tab === 'login'}
            aria-controls="panel-account"
            onClick={() => setTab('login')}
          >
            {t('register.loginTab')}
          </button>
        </div>
        <div id="panel-account" role="tabpanel" aria-labelledby={tab === 'signup' ? 'tab-signup' : 'tab-login'}>
          {tab === 'signup' ? <SignUpForm /> : <LoginForm roles={['contestant']} title={t('register.loginTitle')} />}
        </div>
      </main>
    );
  }
  return (
    <main className="page register">
      <h1>{t('register.title')}</h1>
      <SessionBar name={contestant.user.displayName} role={contestant.user.role} />
      <MyAchievements />
      <MyEntry />
    </main>
  );
}

function MyEntry() {
  const { t } = useTranslation();
  const mine = useApi<EntryView>('/api/entries/mine');
  if (mine.data) {
    const { tradeId, competitorNumber } = mine.data;
    return (
      <>
        <EntryStatus entry={mine.data} onChange={mine.reload} />
        {competitorNumber !== undefined ? <MyResult tradeId={tradeId} competitorNumber={competitorNumber} /> : null}
      </>
    );
  }
  if (mine.error instanceof ApiError && mine.error.status === 404 && !mine.error.routeMissing)
    return <EntryForm onSubmitted={mine.reload} />;
  if (mine.error) return <ErrorNotice error={mine.error} />;
  return (
    <p className="notice" role="status">
      {t('common.loading')}
    </p>
  );
}
