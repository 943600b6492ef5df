// `pnpm test`: installs what the tests need on a fresh Debian machine (Chromium for the
// end-to-end tests), builds the web app, runs every Vitest project and prints the counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { buildWebIfNeeded } from './build-web.mjs';

// Chromium for the browser journeys, exiftool and qpdf for the metadata checks, LibreOffice Calc
// to open the XLSX exports as organizers will, and Writer to read the judges' DOCX and ODT copies
// as judges will (without it, those blindness tests cannot run).
const DEBIAN_PACKAGES = {
  chromium: '/usr/bin/chromium',
  'libimage-exiftool-perl': '/usr/bin/exiftool',
  qpdf: '/usr/bin/qpdf',
  'poppler-utils': '/usr/bin/pdftotext',
  'libreoffice-calc-nogui': '/usr/lib/libreoffice/program/libscdlo.so',
  'libreoffice-writer-nogui': '/usr/lib/libreoffice/program/libswlo.so',
};

function ensureDebianPackages() {
  const missing = Object.entries(DEBIAN_PACKAGES).filter(([, path]) => !existsSync(path)).map(([name]) => name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`The tests need these Debian packages: ${missing.join(' ')}.\n`
      + `Install them with: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(' ')} from Debian…`);
  const apt = (...args) => spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args],
    { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (apt('update', '-qq').status !== 0 || apt('install', '-y', '-qq', ...missing).status !== 0) {
    console.error('apt-get could not install the test dependencies.');
    process.exit(1);
  }
}

ensureDebianPackages();
buildWebIfNeeded();
mkdirSync('test-results', { recursive: true });

/** Runs Vitest on some projects and returns its exit status and counts. */
function vitest(name, projects) {
  const report = `test-results/vitest-${name}.json`;
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
    ...projects.flatMap((project) => ['--project', project]), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (!existsSync(report)) return { status: run.status ?? 1, passed: 0, failed: 0 };
  const results = JSON.parse(readFileSync(report, 'utf8'));
  // Tests, not suites: a failed test also fails its describe blocks and its file. A file that
  // failed with no failed test (it did not load, or a hook threw) counts as one failure.
  const brokenFiles = results.testResults.filter((file) =>
    file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length;
  return {
    status: run.status ?? 1,
    passed: results.numPassedTests,
    failed: results.numFailedTests + brokenFiles,
  };
}

// The browser journeys run after the rest, on a machine no longer busy with the unit suites:
// their timeouts are about a person waiting, not about CPU contention.
const runs = [vitest('unit', ['db', 'scoring', 'text', 'api', 'web']), vitest('e2e', ['e2e'])];
const passed = runs.reduce((sum, run) => sum + run.passed, 0);
const failed = runs.reduce((sum, run) => sum + run.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(runs.every((run) => run.status === 0) ? 0 : 1);
