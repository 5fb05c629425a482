import LayersIcon from '@material-ui/icons/Layers';
import { SidebarItem } from '@backstage/core-components';
import { IconComponent } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { standardArchitectureTranslationRef } from '../translation';

/**
 * The sidebar entry of the Kubernetes Standard Architecture page, titled in
 * the user's language ("K8s Standard", "K8s 표준").
 * @public
 */
export function StandardArchitectureSidebarItem(props: {
  /** Where the page is mounted; default `standard-architecture`. */
  to?: string;
  icon?: IconComponent;
}) {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <SidebarItem
      icon={props.icon ?? LayersIcon}
      to={props.to ?? 'standard-architecture'}
      text={t('sidebarTitle')}
    />
  );
}
