import { Fragment } from 'react';
import { makeStyles } from '@material-ui/core/styles';
import { useEntityPresentation } from '@backstage/plugin-catalog-react';

const useStyles = makeStyles({ word: { whiteSpace: 'nowrap' } });

const useEntityNameStyles = makeStyles(theme => ({
  icon: {
    marginRight: theme.spacing(0.5),
    color: theme.palette.text.secondary,
    '& svg': { verticalAlign: 'middle' },
  },
}));

/** A word a browser could break inside: after a hyphen, a dash or a slash. */
const BREAKABLE = /[-\u2010\u2013\u2014/][\p{L}\p{N}]/u;

/**
 * Text that wraps only between words. Browsers also break after a hyphen or
 * a slash, so a squeezed table column splits `Apache-2.0` or `cert-manager`
 * or `L4/L7`; each such word is kept on one line here, and the column is
 * never narrower than its longest word. Plain text, never HTML.
 */
export function Words(props: { text: string }) {
  const classes = useStyles();
  return (
    <>
      {props.text.split(/(\s+)/).map((part, index) =>
        BREAKABLE.test(part) ? (
          <span key={index} className={classes.word}>
            {part}
          </span>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * An entity's display name (its title, else its name; never the raw ref),
 * wrapping only between words, with the kind's icon when the app has one.
 */
export function EntityName(props: {
  entityRef: string;
  /** A title already known (the API's), used as is. */
  title?: string;
  defaultKind?: string;
  /** Show the kind's icon (a group's, for owners). */
  icon?: boolean;
}) {
  const classes = useEntityNameStyles();
  const { primaryTitle, Icon } = useEntityPresentation(props.entityRef, {
    defaultKind: props.defaultKind,
  });
  return (
    <>
      {props.icon && Icon && (
        <span className={classes.icon} aria-hidden>
          <Icon fontSize="inherit" />
        </span>
      )}
      <Words text={props.title ?? primaryTitle} />
    </>
  );
}
