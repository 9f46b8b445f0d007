package main

import (
	"encoding/json"
	"os"
)

// Plan is what the node test asks the host to do, read from the file named by -plan.
type Plan struct {
	Executable string         `json:"executable"`
	MinPort    int            `json:"minPort"`
	MaxPort    int            `json:"maxPort"`
	Datasource Instance       `json:"datasource"`
	Health     []HealthCase   `json:"health"`
	Queries    []QueryCase    `json:"queries"`
	Resources  []ResourceCase `json:"resources"`
}

// Instance is a datasource instance as Grafana describes it to the plugin.
type Instance struct {
	URL    string `json:"url"`
	APIKey string `json:"apiKey"`
}

type HealthCase struct {
	Name     string   `json:"name"`
	Instance Instance `json:"instance"`
}

type QueryCase struct {
	RefID         string          `json:"refId"`
	JSON          json.RawMessage `json:"json"`
	From          int64           `json:"from"`
	To            int64           `json:"to"`
	MaxDataPoints int64           `json:"maxDataPoints"`
	IntervalMS    int64           `json:"intervalMs"`
}

type ResourceCase struct {
	Name   string `json:"name"`
	Path   string `json:"path"`
	Method string `json:"method"`
	URL    string `json:"url"`
}

// Report is what the host saw, printed as JSON on stdout for the node test to check.
type Report struct {
	StartMillis       int64                    `json:"startMs"`
	NegotiatedVersion int                      `json:"negotiatedVersion"`
	Protocol          string                   `json:"protocol"`
	Network           string                   `json:"network"`
	Address           string                   `json:"address"`
	Ping              string                   `json:"ping"`
	HealthService     string                   `json:"healthService"`
	CheckHealth       []HealthResult           `json:"checkHealth"`
	QueryData         map[string]QueryResult   `json:"queryData"`
	Resources         []ResourceResult         `json:"resources"`
	Metrics           string                   `json:"metrics"`
	Stdout            string                   `json:"stdout"`
	KillMillis        int64                    `json:"killMs"`
	Exited            bool                     `json:"exited"`
	Logs              []map[string]interface{} `json:"logs"`
}

type HealthResult struct {
	Name    string          `json:"name"`
	Status  string          `json:"status"`
	Message string          `json:"message"`
	Details json.RawMessage `json:"details"`
}

type QueryResult struct {
	Frames      [][]byte `json:"frames"`
	Error       string   `json:"error"`
	Status      int32    `json:"status"`
	ErrorSource string   `json:"errorSource"`
}

type ResourceResult struct {
	Name        string `json:"name"`
	Code        int32  `json:"code"`
	ContentType string `json:"contentType"`
	Body        string `json:"body"`
}

func readPlan(path string) (*Plan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	plan := &Plan{}
	return plan, json.Unmarshal(data, plan)
}
