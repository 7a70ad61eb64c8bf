import type { VoicePort } from '@voxly/api/interview';
import type { Router } from 'express';

/** A voice provider as the server mounts it: the port the domain calls and the routes it needs (its webhook). */
export interface VoicePlugin {
  port: VoicePort;
  routes: Router[];
}
