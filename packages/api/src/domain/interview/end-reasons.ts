// The end reasons are the shared vocabulary's (packages/config/src/vocabulary/end-reasons.ts).
export { endReasons, type EndReason } from '@voxly/config';
