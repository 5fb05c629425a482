import { IconButton } from '@material-ui/core';
import KeyboardArrowDownIcon from '@material-ui/icons/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@material-ui/icons/KeyboardArrowUp';

/** The arrow that opens a table row's details; its state is aria-expanded. */
export function ExpandToggle(props: {
  label: string;
  expanded: boolean;
  controls: string;
  onToggle: () => void;
}) {
  return (
    <IconButton
      size="small"
      aria-label={props.label}
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      onClick={props.onToggle}
    >
      {props.expanded ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}
    </IconButton>
  );
}
