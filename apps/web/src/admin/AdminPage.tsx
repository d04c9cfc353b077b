import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, TradeSummary, UserProfile } from '../api/types';
import { LoginForm, SessionBar } from '../auth/LoginForm';
import { sessionWithRole, useSession } from '../auth/session';
import { AsyncState } from '../components/AsyncState';
import { SelectField } from '../components/Field';
import { useLocalName, useTrades } from '../components/catalogue';
import { setQuery, useLocation } from '../router';
import { AchievementsSection } from './AchievementsSection';
import { AgreementSection } from './AgreementSection';
import { AppealsSection } from './AppealsSection';
import { CatalogueSection } from './CatalogueSection';
import { CorrectionsSection } from './CorrectionsSection';
import { DeskSection } from './DeskSection';
import { JudgesSection } from './JudgesSection';
import { EntriesSection } from './EntriesSection';
import { HistorySection } from './HistorySection';
import { LotsSection } from './LotsSection';
import { PanelsSection } from './PanelsSection';
import { ResultsSection } from './ResultsSection';
import { SignOffSection } from './SignOffSection';
import { TheorySection } from './TheorySection';
import { WorkingDaysSection } from './WorkingDaysSection';

const ADMIN_ROLES: Role[] = ['organiser', 'city_reviewer', 'chief_judge', 'arbitration'];

type SectionKey =
  | 'desk'
  | 'entries'
  | 'achievements'
  | 'lots'
  | 'judges'
  | 'panels'
  | 'theory'
  | 'corrections'
  | 'signoff'
  | 'agreement'
  | 'appeals'
  | 'results'
  | 'history'
  | 'workingDays'
  | 'catalogue';

/** What each role may do here; the API checks the same again. */
const SECTIONS_OF: Record<string, SectionKey[]> = {
  organiser: [
    'desk',
    'catalogue',
    'entries',
    'achievements',
    'lots',
    'judges',
    'panels',
    'theory',
    'results',
    'corrections',
    'agreement',
    'appeals',
    'history',
    'workingDays',
  ],
  city_reviewer: ['entries', 'achievements', 'history'],
  chief_judge: ['panels', 'theory', 'corrections', 'signoff', 'agreement', 'history', 'catalogue'],
  arbitration: ['appeals', 'history'],
};

/** Sections that work on one trade. */
const PER_TRADE = new Set<SectionKey>(['lots', 'panels', 'theory', 'corrections', 'signoff', 'agreement', 'appeals', 'results']);

/** /admin — the organiser's, city reviewers', chief judges' and arbitration's console. */
export default function AdminPage() {
  const { t } = useTranslation();
  const session = useSession();
  const staff = sessionWithRole(session, ADMIN_ROLES);
  if (!staff) {
    return (
      <main className="page admin admin--login">
        <h1>{t('admin.title')}</h1>
        {session ? <SessionBar name={session.user.displayName} role={session.user.role} /> : null}
        <LoginForm roles={ADMIN_ROLES} title={t('admin.loginTitle')} />
      </main>
    );
  }
  return <Console user={staff.user} />;
}

function Console({ user }: { user: UserProfile }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { query } = useLocation();
  const trades = useTrades();
  const sections = SECTIONS_OF[user.role] ?? [];
  const section = (sections.find((s) => s === query.get('section')) ?? sections[0])!;
  // A chief judge works on their own trades; the others on any.
  const myTrades = (all: TradeSummary[]) => (user.role === 'chief_judge' ? all.filter((tr) => user.tradeIds?.includes(tr.id)) : all);
  const [tradeId, setTradeId] = useState(() => query.get('trade') ?? user.tradeIds?.[0] ?? '');

  return (
    <main className="page admin">
      <div className="admin__head">
        <h1>{t('admin.title')}</h1>
        <SessionBar name={user.displayName} role={user.role} />
      </div>
      <div className="admin__layout">
        <nav className="admin__nav" aria-label={t('admin.sections')}>
          {sections.map((s) => (
            <button
              key={s}
              type="button"
              aria-current={s === section ? 'page' : undefined}
              onClick={() => setQuery({ section: s })}
              data-section={s}
            >
              {t(`admin.section.${s}`)}
            </button>
          ))}
        </nav>
        <div className="admin__content">
          <AsyncState resource={trades}>
            {(all) => {
              const choices = myTrades(all);
              const trade = choices.find((tr) => tr.id === tradeId);
              return (
                <>
                  {PER_TRADE.has(section) ? (
                    <SelectField
                      label={t('admin.trade')}
                      name="trade"
                      value={trade?.id ?? ''}
                      placeholder={t('admin.chooseTrade')}
                      options={choices.map((tr) => ({
                        value: tr.id,
                        label: `${localName(tr)}${tr.lotsDrawn ? ` · ${t('admin.drawn')}` : ''}`,
                      }))}
                      onChange={(e) => {
                        setTradeId(e.target.value);
                        setQuery({ trade: e.target.value || undefined });
                      }}
                    />
                  ) : null}
                  <SectionBody section={section} user={user} trade={trade} trades={all} onTradesChanged={trades.reload} />
                </>
              );
            }}
          </AsyncState>
        </div>
      </div>
    </main>
  );
}

function SectionBody({
  section,
  user,
  trade,
  trades,
  onTradesChanged,
}: {
  section: SectionKey;
  user: UserProfile;
  trade: TradeSummary | undefined;
  trades: TradeSummary[];
  onTradesChanged: () => void;
}) {
  const { t } = useTranslation();
  if (section === 'entries') return <EntriesSection user={user} trades={trades} />;
  if (section === 'achievements') return <AchievementsSection user={user} trades={trades} />;
  if (section === 'history') return <HistorySection />;
  if (section === 'desk') return <DeskSection />;
  if (section === 'judges') return <JudgesSection trades={trades} />;
  if (section === 'workingDays') return <WorkingDaysSection />;
  if (section === 'catalogue') return <CatalogueSection trades={trades} onChanged={onTradesChanged} user={user} />;
  if (!trade) return <p className="notice">{t('admin.pickTrade')}</p>;
  switch (section) {
    case 'lots':
      return <LotsSection trade={trade} onDrawn={onTradesChanged} />;
    case 'panels':
      return <PanelsSection trade={trade} user={user} />;
    case 'corrections':
      return <CorrectionsSection trade={trade} user={user} />;
    case 'signoff':
      return <SignOffSection trade={trade} />;
    case 'agreement':
      return <AgreementSection trade={trade} />;
    case 'appeals':
      return <AppealsSection trade={trade} user={user} />;
    case 'results':
      return <ResultsSection trade={trade} />;
    case 'theory':
      return <TheorySection trade={trade} />;
  }
}
