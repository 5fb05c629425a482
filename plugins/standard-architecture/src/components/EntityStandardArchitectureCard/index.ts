export { EntityStandardArchitectureCard } from './EntityStandardArchitectureCard';
