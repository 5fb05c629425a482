import { Entity } from '@backstage/catalog-model';
import { isStandardTool } from '../components/EntityStandardToolContent/isStandardTool';

const kindOf = (entity: Entity) => entity.kind.toLocaleLowerCase('en-US');

/**
 * Entities that depend on standard tools: Components and Systems, except the
 * standard's own tools (those get the Standard tab instead).
 */
export function isStandardArchitectureConsumer(entity: Entity): boolean {
  return (
    ['component', 'system'].includes(kindOf(entity)) && !isStandardTool(entity)
  );
}

/** Teams, whose card rolls up their members' dependencies. */
export function isGroup(entity: Entity): boolean {
  return kindOf(entity) === 'group';
}
