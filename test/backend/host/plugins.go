package main

import (
	"context"
	"errors"

	plugin "github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"

	"kkthost/pluginv2"
)

// The handshake Grafana's plugin host uses for every plugin type.
var handshake = plugin.HandshakeConfig{
	ProtocolVersion:  2,
	MagicCookieKey:   "grafana_plugin_type",
	MagicCookieValue: "datasource",
}

// grpcOnly dispenses one of Grafana's plugin services over the plugin's gRPC connection.
type grpcOnly struct {
	plugin.NetRPCUnsupportedPlugin
	client func(*grpc.ClientConn) interface{}
}

func (p *grpcOnly) GRPCServer(*plugin.GRPCBroker, *grpc.Server) error {
	return errors.New("the host never serves plugins")
}

func (p *grpcOnly) GRPCClient(_ context.Context, _ *plugin.GRPCBroker, conn *grpc.ClientConn) (interface{}, error) {
	return p.client(conn), nil
}

// The plugin set for protocol version 2, named as Grafana names it.
var pluginSet = plugin.PluginSet{
	"diagnostics": &grpcOnly{client: func(c *grpc.ClientConn) interface{} { return pluginv2.NewDiagnosticsClient(c) }},
	"data":        &grpcOnly{client: func(c *grpc.ClientConn) interface{} { return pluginv2.NewDataClient(c) }},
	"resource":    &grpcOnly{client: func(c *grpc.ClientConn) interface{} { return pluginv2.NewResourceClient(c) }},
}
