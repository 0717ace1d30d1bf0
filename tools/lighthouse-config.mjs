/**
 * Lighthouse config for `make bench` (tools/bench.py runs it, mobile and desktop).
 *
 * Why: Lighthouse ends a navigation once the network and the main thread go quiet, which on
 * this page can come before the Pyodide worker has written the note. The NoteShown gatherer
 * runs first in the phase that stops the trace and holds it until <html data-state> is
 * "ready" (note shown) or "error", so the trace and its metrics cover the whole start-up.
 * The note-shown audit reports what it waited for, in a category of its own: Lighthouse drops
 * audits that no category lists, and then artifacts that no audit requires.
 *
 * LIGHTHOUSE_FORM_FACTOR=desktop takes Lighthouse's desktop settings; anything else, mobile.
 */
import {Audit, defaultConfig, desktopConfig} from 'lighthouse';

const NOTE_LIMIT_MS = 60_000;

/** Runs in the page: resolves once data-state is "ready" or "error", or at the time limit. */
function whenNoteShown(limitMs) {
  const root = document.documentElement;
  const settled = () => ['ready', 'error'].includes(root.dataset.state);
  const outcome = () => ({state: root.dataset.state, atMs: Math.round(performance.now())});
  return new Promise((resolve) => {
    if (settled()) return resolve(outcome());
    const observer = new MutationObserver(() => {
      if (settled()) {
        observer.disconnect();
        resolve(outcome());
      }
    });
    observer.observe(root, {attributes: true, attributeFilter: ['data-state']});
    setTimeout(() => resolve(outcome()), limitMs);
  });
}

class NoteShown {
  meta = {supportedModes: ['navigation']};

  startInstrumentation() {}

  startSensitiveInstrumentation() {}

  async stopSensitiveInstrumentation({driver}) {
    this.outcome = await driver.executionContext.evaluate(whenNoteShown, {args: [NOTE_LIMIT_MS], useIsolation: true});
  }

  stopInstrumentation() {}

  getArtifact() {
    return this.outcome;
  }
}

class NoteShownAudit extends Audit {
  static get meta() {
    return {
      id: 'note-shown',
      title: 'The note was shown before the trace stopped',
      failureTitle: 'The note was not shown before the trace stopped',
      description: 'When <html data-state> became "ready" (or "error"), in ms after navigation start.',
      requiredArtifacts: ['NoteShown'],
    };
  }

  static audit({NoteShown: {state, atMs}}) {
    return {
      score: state === 'ready' ? 1 : 0,
      numericValue: atMs,
      numericUnit: 'millisecond',
      displayValue: `data-state "${state}"`,
    };
  }
}

const settings = process.env.LIGHTHOUSE_FORM_FACTOR === 'desktop'
  ? {...defaultConfig.settings, ...desktopConfig.settings}
  : defaultConfig.settings;

// No `extends`: that would put NoteShown after the Trace gatherer, which stops the trace first.
export default {
  ...defaultConfig,
  settings,
  artifacts: [{id: 'NoteShown', gatherer: {instance: new NoteShown()}}, ...defaultConfig.artifacts],
  audits: [...defaultConfig.audits, {implementation: NoteShownAudit}],
  categories: {
    ...defaultConfig.categories,
    'start-up': {title: 'Start-up', auditRefs: [{id: 'note-shown', weight: 1}]},
  },
};
