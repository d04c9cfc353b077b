import { lazy, Suspense, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './components/LanguageSwitch';
import { navigate, useLocation } from './router';

const RegisterPage = lazy(() => import('./register/RegisterPage'));
const JudgePage = lazy(() => import('./judge/JudgePage'));
const LivePage = lazy(() => import('./live/LivePage'));
const AdminPage = lazy(() => import('./admin/AdminPage'));

const AREAS = [
  { path: '/register', key: 'register' },
  { path: '/judge', key: 'judge' },
  { path: '/live', key: 'live' },
  { path: '/admin', key: 'admin' },
] as const;

/** A link that navigates without reloading the page. */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const { path } = useLocation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  const current = path === to || path.startsWith(`${to}/`);
  return (
    <a href={to} onClick={onClick} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}

function Home() {
  const { t } = useTranslation();
  return (
    <main className="page home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <ul className="home__areas">
        {AREAS.map((area) => (
          <li key={area.key}>
            <Link to={area.path} className="card home__area">
              <strong>{t(`nav.${area.key}`)}</strong>
              <span>{t(`home.${area.key}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="note">{t('home.demo')}</p>
    </main>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <h1>{t('common.pageNotFound')}</h1>
      <Link to="/">{t('nav.home')}</Link>
    </main>
  );
}

function page(path: string): ReactNode {
  if (path === '/') return <Home />;
  if (path === '/register') return <RegisterPage />;
  if (path === '/judge') return <JudgePage />;
  if (path === '/live') return <LivePage />;
  if (path === '/admin') return <AdminPage />;
  return <NotFound />;
}

export function App() {
  const { t } = useTranslation();
  const { path, query } = useLocation();
  // The big-screen mode of /live is the board alone.
  const bare = path === '/live' && query.get('screen') === '1';
  return (
    <div className={bare ? 'app app--bare' : 'app'}>
      {bare ? null : (
        <header className="topbar">
          <Link to="/" className="brand">
            <span className="brand__mark">{t('brand.name')}</span>
            <span className="brand__sub">{t('brand.sub')}</span>
          </Link>
          <nav aria-label={t('nav.label')} className="topbar__nav">
            {AREAS.map((area) => (
              <Link key={area.key} to={area.path}>
                {t(`nav.${area.key}`)}
              </Link>
            ))}
          </nav>
          <LanguageSwitch />
        </header>
      )}
      <Suspense
        fallback={
          <p className="notice" role="status">
            {t('common.loading')}
          </p>
        }
      >
        {page(path)}
      </Suspense>
    </div>
  );
}
