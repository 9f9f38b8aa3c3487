// Views refresh when the server's index changes, debounced: indexing sends many changes in a burst.
import * as vscode from 'vscode';
import type { NewsClient } from './client';

const DEBOUNCE_MS = 200;

export function refreshOnIndexChange(client: NewsClient, refresh: () => void): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const listener = client.onIndexChanged(() => {
    clearTimeout(timer);
    timer = setTimeout(refresh, DEBOUNCE_MS);
  });
  return vscode.Disposable.from(listener, { dispose: () => clearTimeout(timer) });
}
