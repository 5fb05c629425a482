export {
  EntityStandardToolContent,
  isStandardTool,
} from './EntityStandardToolContent';
