// Every handler goes through `safe`: an exception becomes a log line and an empty answer, never a crash.
import { ServerContext } from './context';

export function safe<P extends unknown[], R>(ctx: () => ServerContext | undefined, name: string, fallback: R, fn: (...args: P) => R | Promise<R>) {
  return async (...args: P): Promise<R> => {
    try {
      return await fn(...args);
    } catch (err) {
      const c = ctx();
      if (c) c.error(`${name} failed`, err);
      else console.error(`${name} failed`, err);
      return fallback;
    }
  };
}
