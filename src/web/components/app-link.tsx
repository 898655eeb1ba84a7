import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { isAppPage } from '../paths.js';

/**
 * A link the server suggested, such as a readiness item's. A link to a part of the page it is on
 * (`#notes-title`) jumps there the browser's way; a link to a page this app does not have yet is
 * left out, and `fallback` shows instead.
 */
export function AppLink({
  to,
  className,
  children,
  fallback = null,
}: {
  readonly to: string;
  readonly className?: string;
  readonly children: ReactNode;
  readonly fallback?: ReactNode;
}) {
  const { pathname } = useLocation();
  const [path = '', hash] = to.split('#');
  if (hash !== undefined && (path === '' || path === pathname)) {
    return (
      <a href={`#${hash}`} className={className}>
        {children}
      </a>
    );
  }
  if (!isAppPage(to)) return <>{fallback}</>;
  return (
    <Link to={to} className={className}>
      {children}
    </Link>
  );
}
