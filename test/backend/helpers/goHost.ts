import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HOST_SOURCES = resolve('test/backend/host');
const PROTO = resolve('src/backend/proto/backend.proto');
const OUT = resolve('build/backend-host');
const GOCODE = '/usr/share/gocode';

/** Why the Go host cannot be built here, or null when it can (.ci/run installs what it needs). */
export function goHostMissing(): string | null {
  for (const command of ['go', 'protoc']) {
    if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
      return `${command} is not installed`;
    }
  }
  return existsSync(join(GOCODE, 'src/github.com/hashicorp/go-plugin'))
    ? null
    : 'go-plugin is not in /usr/share/gocode';
}

/**
 * Builds the protocol host in GOPATH mode against Debian's Go packages: protoc-gen-go is built from the
 * packaged golang/protobuf 1.3 sources (it matches the packaged gRPC), generates the pluginv2 types from
 * the backend's own backend.proto, and the host links hashicorp/go-plugin. Rebuilt only when its sources
 * or the proto change; the GOPATH is temporary.
 */
export function buildGoHost(): string {
  const binary = join(OUT, 'kkt-plugin-host');
  const stamp = join(OUT, 'kkt-plugin-host.stamp');
  const hash = sourcesHash();
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    return binary;
  }

  const gopath = mkdtempSync(join(tmpdir(), 'kkt-gohost-'));
  try {
    const env = {
      ...process.env,
      GO111MODULE: 'off',
      GOPATH: `${gopath}:${GOCODE}`,
      GOCACHE: join(OUT, 'go-cache'),
      GOFLAGS: '',
    };
    const pkg = join(gopath, 'src/kkthost');
    mkdirSync(join(pkg, 'pluginv2'), { recursive: true });
    for (const file of goFiles()) {
      copyFileSync(join(HOST_SOURCES, file), join(pkg, file));
    }

    const generator = join(gopath, 'protoc-gen-go');
    execFileSync('go', ['build', '-o', generator, 'github.com/golang/protobuf/protoc-gen-go'], {
      env,
      stdio: 'inherit',
    });
    const protoDir = resolve(PROTO, '..');
    execFileSync(
      'protoc',
      [`--plugin=protoc-gen-go=${generator}`, `--go_out=plugins=grpc:${join(pkg, 'pluginv2')}`, '-I', protoDir, PROTO],
      {
        stdio: 'inherit',
      }
    );
    mkdirSync(OUT, { recursive: true });
    execFileSync('go', ['build', '-o', binary, 'kkthost'], { env, cwd: pkg, stdio: 'inherit' });
    writeFileSync(stamp, hash);
    return binary;
  } finally {
    rmSync(gopath, { recursive: true, force: true });
  }
}

/**
 * Runs the host with a plan and resolves with its report; rejects with its stderr when it fails. Never
 * blocks: the service the backend calls may run in this very process.
 */
export function runGoHost(binary: string, planFile: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['-plan', planFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`the Go host failed (${code}): ${stderr}`))
    );
  });
}

function goFiles(): string[] {
  return readdirSync(HOST_SOURCES).filter((file) => file.endsWith('.go'));
}

function sourcesHash(): string {
  const hash = createHash('sha256').update(readFileSync(PROTO));
  for (const file of goFiles().sort()) {
    hash.update(file).update(readFileSync(join(HOST_SOURCES, file)));
  }
  return hash.digest('hex');
}
