import {
  Link,
  sidebarConfig,
  useSidebarOpenState,
} from '@backstage/core-components';
import { makeStyles } from '@material-ui/core';
import LayersIcon from '@material-ui/icons/Layers';

const useStyles = makeStyles(theme => ({
  root: {
    width: sidebarConfig.drawerWidthClosed,
    height: 3 * sidebarConfig.logoHeight,
    display: 'flex',
    flexFlow: 'row nowrap',
    alignItems: 'center',
    marginBottom: -14,
  },
  link: {
    marginLeft: 24,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    color: '#7df3e1',
    whiteSpace: 'nowrap',
    fontWeight: theme.typography.fontWeightBold as number,
    fontSize: 18,
  },
}));

/** The portal's name when the sidebar is open, its icon when closed. */
export const SidebarLogo = () => {
  const classes = useStyles();
  const { isOpen } = useSidebarOpenState();
  return (
    <div className={classes.root}>
      <Link to="/" underline="none" className={classes.link} aria-label="Home">
        <LayersIcon />
        {isOpen && <span>Standard portal</span>}
      </Link>
    </div>
  );
};
