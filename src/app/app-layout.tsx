import { Link, Outlet } from 'react-router';
import { ShortcutsHelp } from '../ui/shortcuts/shortcuts-help';
import { UpdateBanner } from './update-banner';
import { StorageBanners } from '../ui/storage-banners/storage-banners';
import { paths } from './paths';
import './app-layout.css';

export function AppLayout() {
  return (
    <div className="app-layout">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-container app-header-inner">
          <Link to={paths.home} className="app-brand">
            <svg className="app-brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="7" />
              <path d="M10 9h12M10 14h12M10 19h7M19.5 24.5l5-5" />
            </svg>
            <span>Specwright</span>
          </Link>
          <p className="app-tagline">Software specifications, written in the browser</p>
          <nav className="app-nav" aria-label="Main">
            <Link to={paths.home}>Drafts &amp; templates</Link>
            <Link to={paths.importMarkdown}>Import</Link>
            <ShortcutsHelp />
          </nav>
        </div>
      </header>
      <main id="main" className="app-container app-main" tabIndex={-1}>
        <UpdateBanner />
        <StorageBanners draftHref={paths.draft} />
        <Outlet />
      </main>
    </div>
  );
}
