import type { Duplex } from 'node:stream';

/**
 * Frames sent in one pass of the event loop leave in one write: a reply's text and its
 * closing frame, the config and the greeting. On loopback and in VMs each write is a system
 * call that costs more than building the frame; corking until the pass ends delays nothing.
 */
export function coalesceWrites(socket: Pick<Duplex, 'cork' | 'uncork'>): () => void {
  let corked = false;
  const release = () => {
    corked = false;
    socket.uncork();
  };
  return () => {
    if (corked) return;
    corked = true;
    socket.cork();
    process.nextTick(release);
  };
}
