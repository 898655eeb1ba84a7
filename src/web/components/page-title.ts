import { useEffect } from 'react';

/** Sets the browser tab's title for the page, e.g. "Story bank · Round Two". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Round Two` : 'Round Two';
  }, [title]);
}
