package main

import (
	"context"
	"encoding/json"
	"io"
	"time"

	plugin "github.com/hashicorp/go-plugin"
	"google.golang.org/grpc/health/grpc_health_v1"

	"kkthost/pluginv2"
)

const callTimeout = 30 * time.Second

// runCalls makes every call of the plan, as Grafana would, and records the answers.
func runCalls(report *Report, plan *Plan, rpc plugin.ClientProtocol) error {
	if err := checkHealthService(report, rpc); err != nil {
		return err
	}
	diagnostics, err := rpc.Dispense("diagnostics")
	if err != nil {
		return err
	}
	data, err := rpc.Dispense("data")
	if err != nil {
		return err
	}
	resource, err := rpc.Dispense("resource")
	if err != nil {
		return err
	}

	if err := checkHealth(report, plan, diagnostics.(pluginv2.DiagnosticsClient)); err != nil {
		return err
	}
	if err := queryData(report, plan, data.(pluginv2.DataClient)); err != nil {
		return err
	}
	if err := callResources(report, plan, resource.(pluginv2.ResourceClient)); err != nil {
		return err
	}
	return collectMetrics(report, diagnostics.(pluginv2.DiagnosticsClient))
}

func checkHealthService(report *Report, rpc plugin.ClientProtocol) error {
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	health := grpc_health_v1.NewHealthClient(rpc.(*plugin.GRPCClient).Conn)
	answer, err := health.Check(ctx, &grpc_health_v1.HealthCheckRequest{Service: plugin.GRPCServiceName})
	if err != nil {
		return err
	}
	report.HealthService = answer.Status.String()
	return nil
}

func pluginContext(instance Instance) *pluginv2.PluginContext {
	jsonData, _ := json.Marshal(map[string]string{"url": instance.URL})
	secure := map[string]string{}
	if instance.APIKey != "" {
		secure["apiKey"] = instance.APIKey
	}
	return &pluginv2.PluginContext{
		OrgId:    1,
		PluginId: "kkt-monitor-datasource",
		DataSourceInstanceSettings: &pluginv2.DataSourceInstanceSettings{
			Id:                      1,
			Uid:                     "kkt",
			Name:                    "KKT Monitor",
			JsonData:                jsonData,
			DecryptedSecureJsonData: secure,
		},
	}
}

func checkHealth(report *Report, plan *Plan, client pluginv2.DiagnosticsClient) error {
	for _, c := range plan.Health {
		ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
		answer, err := client.CheckHealth(ctx, &pluginv2.CheckHealthRequest{PluginContext: pluginContext(c.Instance)})
		cancel()
		if err != nil {
			return err
		}
		report.CheckHealth = append(report.CheckHealth, HealthResult{
			Name:    c.Name,
			Status:  answer.Status.String(),
			Message: answer.Message,
			Details: json.RawMessage(answer.JsonDetails),
		})
	}
	return nil
}

func queryData(report *Report, plan *Plan, client pluginv2.DataClient) error {
	request := &pluginv2.QueryDataRequest{PluginContext: pluginContext(plan.Datasource)}
	for _, q := range plan.Queries {
		request.Queries = append(request.Queries, &pluginv2.DataQuery{
			RefId:         q.RefID,
			MaxDataPoints: q.MaxDataPoints,
			IntervalMS:    q.IntervalMS,
			TimeRange:     &pluginv2.TimeRange{FromEpochMS: q.From, ToEpochMS: q.To},
			Json:          q.JSON,
		})
	}

	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	answer, err := client.QueryData(ctx, request)
	if err != nil {
		return err
	}
	report.QueryData = map[string]QueryResult{}
	for refID, r := range answer.Responses {
		report.QueryData[refID] = QueryResult{Frames: r.Frames, Error: r.Error, Status: r.Status, ErrorSource: r.ErrorSource}
	}
	return nil
}

func callResources(report *Report, plan *Plan, client pluginv2.ResourceClient) error {
	for _, c := range plan.Resources {
		ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
		result, err := callResource(ctx, client, c, plan.Datasource)
		cancel()
		if err != nil {
			return err
		}
		report.Resources = append(report.Resources, result)
	}
	return nil
}

func callResource(ctx context.Context, client pluginv2.ResourceClient, c ResourceCase, instance Instance) (ResourceResult, error) {
	stream, err := client.CallResource(ctx, &pluginv2.CallResourceRequest{
		PluginContext: pluginContext(instance),
		Path:          c.Path,
		Method:        c.Method,
		Url:           c.URL,
		Headers:       map[string]*pluginv2.StringList{"Cookie": {Values: []string{"grafana_session=browser-secret"}}},
	})
	if err != nil {
		return ResourceResult{}, err
	}

	result := ResourceResult{Name: c.Name}
	for {
		message, err := stream.Recv()
		if err == io.EOF {
			return result, nil
		}
		if err != nil {
			return result, err
		}
		result.Code = message.Code
		result.Body += string(message.Body)
		if ct, ok := message.Headers["content-type"]; ok && len(ct.Values) > 0 {
			result.ContentType = ct.Values[0]
		}
	}
}

func collectMetrics(report *Report, client pluginv2.DiagnosticsClient) error {
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	answer, err := client.CollectMetrics(ctx, &pluginv2.CollectMetricsRequest{})
	if err != nil {
		return err
	}
	report.Metrics = string(answer.Metrics.Prometheus)
	return nil
}
