import { Box, Button, CircularProgress, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { standardArchitectureTranslationRef } from '../translation';

/**
 * Under a paged list: how much of the total is shown, and a "Load more"
 * button while the server has more (or to retry a page that failed).
 */
export function PagingFooter(props: {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  error?: Error;
  onLoadMore: () => void;
}) {
  const { shown, total, hasMore, loading, error, onLoadMore } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <Box
      mt={1}
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 8 }}
    >
      <Typography variant="body2" color="textSecondary" aria-live="polite">
        {t('paging.shown', { shown: String(shown), total: String(total) })}
      </Typography>
      {(hasMore || error) && (
        <Button
          size="small"
          variant="outlined"
          onClick={onLoadMore}
          disabled={loading}
          startIcon={loading ? <CircularProgress size={14} /> : undefined}
        >
          {t('paging.loadMore')}
        </Button>
      )}
      {error && (
        <Typography variant="body2" color="error" role="alert">
          {t('paging.failed', { message: error.message })}
        </Typography>
      )}
    </Box>
  );
}
