import { useEffect } from 'react';
import { errorApiRef, useApi } from '@backstage/core-plugin-api';

/**
 * Reports a failed load to the app's error API once per error object, next to
 * the panel the component shows, so failures also reach the alert display.
 */
export function usePostError(error: Error | undefined): void {
  const errorApi = useApi(errorApiRef);
  useEffect(() => {
    if (error) errorApi.post(error);
  }, [error, errorApi]);
}
