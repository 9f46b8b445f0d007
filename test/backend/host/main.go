// Command kkt-plugin-host launches a Grafana backend plugin the way Grafana does, through hashicorp's
// go-plugin client, runs the calls a plan lists and prints what it saw as JSON.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"time"

	hclog "github.com/hashicorp/go-hclog"
	plugin "github.com/hashicorp/go-plugin"
)

func main() {
	planPath := flag.String("plan", "", "JSON plan file")
	flag.Parse()
	plan, err := readPlan(*planPath)
	if err != nil {
		fail("reading the plan", err)
	}

	logs := &lockedBuffer{}
	stdout := &lockedBuffer{}
	client := plugin.NewClient(&plugin.ClientConfig{
		HandshakeConfig:  handshake,
		VersionedPlugins: map[int]plugin.PluginSet{2: pluginSet},
		Cmd:              exec.Command(plan.Executable),
		AllowedProtocols: []plugin.Protocol{plugin.ProtocolGRPC},
		Logger:           hclog.New(&hclog.LoggerOptions{Name: "host", Output: logs, JSONFormat: true, Level: hclog.Trace}),
		MinPort:          uint(plan.MinPort),
		MaxPort:          uint(plan.MaxPort),
		StartTimeout:     time.Minute,
		SyncStdout:       stdout,
		Managed:          true,
	})
	defer plugin.CleanupClients()

	report := &Report{}
	started := time.Now()
	rpc, err := client.Client()
	report.StartMillis = time.Since(started).Milliseconds()
	if err != nil {
		fail("starting the plugin", err)
	}

	describeConnection(report, client, rpc)
	if err := runCalls(report, plan, rpc); err != nil {
		fail("calling the plugin", err)
	}

	killed := time.Now()
	client.Kill()
	report.KillMillis = time.Since(killed).Milliseconds()
	report.Exited = client.Exited()
	report.Stdout = stdout.String()
	report.Logs = parseLogs(logs.Bytes())

	if err := json.NewEncoder(os.Stdout).Encode(report); err != nil {
		fail("writing the report", err)
	}
}

func describeConnection(report *Report, client *plugin.Client, rpc plugin.ClientProtocol) {
	report.NegotiatedVersion = client.NegotiatedVersion()
	report.Protocol = string(client.Protocol())
	if addr := client.ReattachConfig().Addr; addr != nil {
		report.Network = addr.Network()
		report.Address = addr.String()
	}
	report.Ping = errText(rpc.Ping())
}

func parseLogs(data []byte) []map[string]interface{} {
	entries := []map[string]interface{}{}
	scanner := bufio.NewScanner(bytes.NewReader(data))
	scanner.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for scanner.Scan() {
		entry := map[string]interface{}{}
		if json.Unmarshal(scanner.Bytes(), &entry) == nil {
			entries = append(entries, entry)
		}
	}
	return entries
}

func errText(err error) string {
	if err != nil {
		return err.Error()
	}
	return "ok"
}

// fail stops any plugin it started (os.Exit skips deferred calls) and exits non-zero.
func fail(what string, err error) {
	plugin.CleanupClients()
	fmt.Fprintf(os.Stderr, "kkt-plugin-host: %s: %v\n", what, err)
	os.Exit(1)
}

// lockedBuffer is written by go-plugin's goroutines and read once they are done.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]byte(nil), b.buf.Bytes()...)
}

func (b *lockedBuffer) String() string {
	return string(b.Bytes())
}
