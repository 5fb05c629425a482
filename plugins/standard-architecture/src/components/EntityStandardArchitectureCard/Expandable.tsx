import { ReactNode, useState } from 'react';
import { Link } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles({
  // MUI's button links sit on the middle; text around them sits on the baseline.
  toggle: { verticalAlign: 'baseline', textAlign: 'left' },
});

/**
 * A quiet text button that shows more below it, so long lists stay out of
 * the narrow card until asked for; its state is aria-expanded.
 */
export function Expandable(props: {
  /** A DOM id for the shown part, unique on the page. */
  id: string;
  label: string;
  children: ReactNode;
}) {
  const { id, label, children } = props;
  const classes = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Link
        component="button"
        type="button"
        className={classes.toggle}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
      </Link>
      <div id={id} hidden={!open}>
        {open && children}
      </div>
    </>
  );
}
