export { GroupStandardArchitectureCard } from './GroupStandardArchitectureCard';
