import { Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';

/** Lines longer than this are cut in the DOM too, not only by CSS. */
const MAX_CHARS = 160;

const useStyles = makeStyles({
  text: {
    display: 'block',
    fontFamily: 'monospace',
    whiteSpace: 'pre',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
});

/**
 * The line a scan matched, from someone's repository: React text only (never
 * HTML), one monospace line, cut to fit the card; the tooltip has more.
 */
export function MatchedText(props: { text: string }) {
  const classes = useStyles();
  const text = props.text.trim();
  if (!text) return null;
  const shown =
    text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
  return (
    <Typography
      component="code"
      variant="caption"
      color="textSecondary"
      className={classes.text}
      title={text.slice(0, 4 * MAX_CHARS)}
    >
      {shown}
    </Typography>
  );
}
