import { makeStyles } from '@material-ui/core/styles';

/**
 * Backstage's theme sets `word-break: break-word` on every table cell, which
 * lets the automatic table layout squeeze a column until its words split
 * letter by letter ("E di ti o n"). Under these styles a cell is never
 * narrower than its longest word: words stay whole (`keep-all`, so Korean
 * words too), and a token longer than its column wraps only when it would
 * overflow, never to make the column narrower. Put `table` on the table or
 * on an element around it.
 */
export const useTableTextStyles = makeStyles(theme => ({
  table: {
    '& th, & td': {
      wordBreak: 'keep-all',
      overflowWrap: 'break-word',
    },
  },
  /** Years, counts, chips and other short values: one line. */
  nowrap: { whiteSpace: 'nowrap' },
  /** Prose (reasons): wraps between words, with room to be read. */
  prose: {
    whiteSpace: 'normal',
    minWidth: theme.spacing(20),
  },
  /** Lets a wide table scroll inside a narrow container rather than squeeze. */
  scroll: { overflowX: 'auto', maxWidth: '100%' },
}));
