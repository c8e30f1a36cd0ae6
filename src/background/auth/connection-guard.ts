// Connect, refresh and disconnect all change what is stored about the Box connection. Their
// storage steps run one at a time here, and connect and disconnect bump a generation, so a token
// pair that comes back from Box after the connection changed is recognised (and revoked by the
// caller) instead of being written over the newer state. The network calls stay outside: a
// disconnect must not wait 30 seconds for a refresh to time out.
export type ConnectionGuard = {
  /** Which connection is current; compare a value read before an await with the one given to `exclusive`. */
  generation(): number;
  /** Runs `step` after every step queued before it has settled; steps never interleave. */
  exclusive<T>(step: (generation: number) => Promise<T>): Promise<T>;
  /** The connection changed (connected anew, or disconnected). Call it inside `exclusive`. */
  changed(): void;
};

export function createConnectionGuard(): ConnectionGuard {
  let generation = 0;
  let tail: Promise<unknown> = Promise.resolve();
  return {
    generation: () => generation,
    exclusive(step) {
      const run = tail.then(() => step(generation));
      tail = run.catch(() => undefined);
      return run;
    },
    changed() {
      generation++;
    },
  };
}
