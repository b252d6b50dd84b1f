export { IntakeResult, IntakeSource } from './intake-result';
