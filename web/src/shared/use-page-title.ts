import { useEffect } from 'react';

/** Sets the document title to "<page> · eyelevel". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · eyelevel`;
  }, [title]);
}
