import { useCallback, useEffect, useRef, useState } from 'react';

/** A page of a paged answer: more follow while `nextCursor` is set. */
export interface Page {
  nextCursor?: string;
}

/** The pages loaded so far, and how to ask for the next one. */
export interface PagedList<P extends Page> {
  pages: P[];
  /** A page is on its way (the first one too). */
  loading: boolean;
  /** The last request failed; `loadMore` tries the same page again. */
  error?: Error;
  /** Whether the server said there is another page. */
  hasMore: boolean;
  /** Requests the page after the last loaded one; ignored while loading. */
  loadMore: () => void;
}

/**
 * Loads the first page on mount and whenever `key` changes, then one more
 * page per `loadMore`: one request per page, never the whole list. Answers
 * to a previous key (or after unmount) are dropped.
 */
export function usePagedList<P extends Page>(
  key: string,
  fetchPage: (cursor?: string) => Promise<P>,
): PagedList<P> {
  const [pages, setPages] = useState<P[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  // Kept in refs so callers can pass an inline function without refetching.
  const fetchPageRef = useRef(fetchPage);
  fetchPageRef.current = fetchPage;
  const generation = useRef(0);
  const inFlight = useRef(false);

  const request = useCallback((cursor?: string) => {
    const requestGeneration = generation.current;
    inFlight.current = true;
    setLoading(true);
    setError(undefined);
    const settle = (apply: () => void) => {
      if (requestGeneration !== generation.current) return;
      inFlight.current = false;
      apply();
      setLoading(false);
    };
    fetchPageRef.current(cursor).then(
      page =>
        settle(() =>
          setPages(previous => (cursor ? [...previous, page] : [page])),
        ),
      (reason: unknown) =>
        settle(() =>
          setError(
            reason instanceof Error ? reason : new Error(String(reason)),
          ),
        ),
    );
  }, []);

  useEffect(() => {
    generation.current += 1;
    setPages([]);
    request(undefined);
    return () => {
      generation.current += 1;
      inFlight.current = false;
    };
  }, [key, request]);

  const last = pages[pages.length - 1];
  const nextCursor = last?.nextCursor;
  const loadMore = useCallback(() => {
    if (inFlight.current) return;
    // After a failed first page there is no cursor yet: retry the first page.
    if (!last) request(undefined);
    else if (nextCursor) request(nextCursor);
  }, [last, nextCursor, request]);

  return { pages, loading, error, hasMore: Boolean(nextCursor), loadMore };
}
