import { useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { api, toProblem } from '../api.js';
import { saveFile } from '../save-file.js';

/** Moves focus to the new page's heading after a navigation, so screen readers start there. */
function useFocusOnNavigation() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = document.querySelector<HTMLElement>('main h1') ?? document.querySelector('main');
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  }, [location.pathname]);
}

function ExportButton() {
  const [message, setMessage] = useState('');
  const download = async () => {
    setMessage('Preparing the file…');
    try {
      const blob = await api.exportWorkspace();
      saveFile(blob, `roundtwo-workspace-${new Date().toISOString().slice(0, 10)}.json`);
      setMessage('');
    } catch (error) {
      setMessage(toProblem(error).detail);
    }
  };
  return (
    <>
      <button type="button" className="button link" onClick={() => void download()}>
        Download a backup of everything
      </button>
      <span role="status">{message}</span>
    </>
  );
}

/** The frame of every page: header with the main sections, the page, a quiet footer. */
export function Layout() {
  useFocusOnNavigation();
  const { pathname } = useLocation();
  const inOpportunities = pathname === '/' || pathname.startsWith('/opportunities');
  const inStories = pathname.startsWith('/stories');
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            Round Two
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link
                  to="/"
                  aria-current={inOpportunities ? (pathname === '/' ? 'page' : 'true') : undefined}
                >
                  Opportunities
                </Link>
              </li>
              <li>
                <Link
                  to="/stories"
                  aria-current={inStories ? (pathname === '/stories' ? 'page' : 'true') : undefined}
                >
                  Story bank
                </Link>
              </li>
              <li>
                <Link to="/practice" aria-current={pathname === '/practice' ? 'page' : undefined}>
                  Practice
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Your data stays on this computer.</p>
        <ExportButton />
      </footer>
    </>
  );
}
